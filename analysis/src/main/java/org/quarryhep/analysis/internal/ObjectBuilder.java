package org.quarryhep.analysis.internal;

import java.util.List;
import org.quarryhep.analysis.object.ObjectDefinition;
import org.quarryhep.analysis.object.ObjectSource;
import org.quarryhep.analysis.object.OverlapRemovalStep;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Kinematics;
import org.quarryhep.detector.Lepton;
import org.quarryhep.detector.Photon;
import org.quarryhep.detector.RecoJet;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.SecondaryVertex;
import org.quarryhep.detector.TauJet;

/**
 * Fills an event context's collections from a reconstructed event: each detector list filtered by
 * its collection's cuts (the detector lists are p_T-ordered, and so are the collections), then the
 * ordered overlap removal, then the merged collections. Stateless; shared between threads.
 */
public final class ObjectBuilder {
    private final List<ObjectDefinition> objects;
    private final int[][] overlap;
    private final double[] overlapDeltaR2;
    private final int[][] merges;
    private final double[] sinhEtaMax;

    /**
     * Creates the builder.
     *
     * @param objects the collections, slot i = objects.get(i); merged collections after the others
     * @param steps the overlap-removal steps
     * @param slotOf the slot of each collection name
     */
    public ObjectBuilder(
            List<ObjectDefinition> objects,
            List<OverlapRemovalStep> steps,
            java.util.function.ToIntFunction<String> slotOf) {
        this.objects = List.copyOf(objects);
        this.overlap = new int[steps.size()][];
        this.overlapDeltaR2 = new double[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            OverlapRemovalStep step = steps.get(s);
            int[] slots = new int[step.near().size() + 1];
            slots[0] = slotOf.applyAsInt(step.remove());
            for (int k = 0; k < step.near().size(); k++) {
                slots[k + 1] = slotOf.applyAsInt(step.near().get(k));
            }
            overlap[s] = slots;
            overlapDeltaR2[s] = step.deltaR() * step.deltaR();
        }
        this.sinhEtaMax = new double[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            sinhEtaMax[i] = Math.sinh(objects.get(i).absEtaMax());
        }
        this.merges = new int[objects.size()][];
        for (int i = 0; i < objects.size(); i++) {
            ObjectDefinition d = objects.get(i);
            if (d.source() == ObjectSource.MERGED) {
                merges[i] = d.mergeOf().stream().mapToInt(slotOf).toArray();
            }
        }
    }

    /**
     * Fills the context for one event.
     *
     * @param event the reconstructed event
     * @param c the context (its previous contents are replaced)
     */
    public void fill(ReconstructedEvent event, EventContext c) {
        c.nextEvent();
        c.metX = event.met().x();
        c.metY = event.met().y();
        for (int i = 0; i < objects.size(); i++) {
            ObjectDefinition d = objects.get(i);
            ObjectArrays a = c.collections[i];
            a.clear();
            switch (d.source()) {
                case ELECTRONS -> leptons(event.electrons(), 11, d, a, sinhEtaMax[i]);
                case MUONS -> leptons(event.muons(), 13, d, a, sinhEtaMax[i]);
                case TAUS -> taus(event.taus(), d, a, sinhEtaMax[i]);
                case PHOTONS -> photons(event.photons(), d, a, sinhEtaMax[i]);
                case JETS -> jets(event.jets(), d, a, sinhEtaMax[i]);
                case VERTICES -> vertices(event.vertices(), d, a);
                case MERGED -> {}
            }
        }
        for (int s = 0; s < overlap.length; s++) {
            removeOverlaps(c, overlap[s], overlapDeltaR2[s]);
        }
        for (int i = 0; i < objects.size(); i++) {
            if (merges[i] != null) {
                merge(c, merges[i], c.collections[i]);
            }
        }
    }

    /**
     * Adds an object that passes the collection's p_T and |η| cuts; returns its index or −1. The
     * cuts are tested without logarithms (|η| &lt; η_max ⇔ |p_z| &lt; sinh(η_max) p_T), so rejected
     * objects never pay for η and φ. η = sign(p_z) ln(|x| + √(x² + 1)), x = p_z/p_T, is accurate to
     * ~1e-16 absolute (Math.log is an intrinsic, log1p is not); p_T = 0 follows core's {@code
     * FourMomentum.eta()} convention.
     */
    private static int addIfInAcceptance(
            ObjectArrays a, FourMomentum p, ObjectDefinition d, double sinhEtaMax) {
        double px = p.px();
        double py = p.py();
        double pt = Math.sqrt(px * px + py * py);
        if (pt < d.ptMin() || pt >= d.ptMax()) {
            return -1;
        }
        double pz = p.pz();
        if (!(Math.abs(pz) < sinhEtaMax * pt) && d.absEtaMax() < Double.POSITIVE_INFINITY) {
            return -1;
        }
        double eta;
        if (pt == 0) {
            eta = pz == 0 ? 0 : Math.copySign(FourMomentum.MAX_RAPIDITY + Math.abs(pz), pz);
        } else {
            double x = Math.abs(pz) / pt;
            eta = Math.copySign(Math.log(x + Math.sqrt(x * x + 1)), pz);
        }
        int k = a.add();
        a.px[k] = px;
        a.py[k] = py;
        a.pz[k] = pz;
        a.e[k] = p.e();
        a.pt[k] = pt;
        a.eta[k] = eta;
        a.phi[k] = pt == 0 ? 0 : Math.atan2(py, px);
        a.charge[k] = 0;
        a.flavour[k] = 0;
        a.bTag[k] = 0;
        a.dxyMm[k] = 0;
        a.tracks[k] = 0;
        a.vertexMass[k] = 0;
        return k;
    }

    private static void leptons(
            List<Lepton> in, int pdg, ObjectDefinition d, ObjectArrays a, double sinhEtaMax) {
        for (Lepton l : in) {
            double d0 = Math.abs(l.d0Mm());
            if (l.isolation() <= d.isolationMax() && d0 >= d.absD0MinMm() && d0 < d.absD0MaxMm()) {
                int k = addIfInAcceptance(a, l.momentum(), d, sinhEtaMax);
                if (k >= 0) {
                    a.charge[k] = l.charge();
                    a.flavour[k] = pdg;
                }
            }
        }
    }

    private static void taus(
            List<TauJet> in, ObjectDefinition d, ObjectArrays a, double sinhEtaMax) {
        for (TauJet t : in) {
            int k = addIfInAcceptance(a, t.momentum(), d, sinhEtaMax);
            if (k >= 0) {
                a.charge[k] = t.charge();
                a.flavour[k] = 15;
            }
        }
    }

    private static void photons(
            List<Photon> in, ObjectDefinition d, ObjectArrays a, double sinhEtaMax) {
        for (Photon p : in) {
            if (p.isolation() <= d.isolationMax()) {
                int k = addIfInAcceptance(a, p.momentum(), d, sinhEtaMax);
                if (k >= 0) {
                    a.flavour[k] = 22;
                }
            }
        }
    }

    private static void jets(
            List<RecoJet> in, ObjectDefinition d, ObjectArrays a, double sinhEtaMax) {
        for (RecoJet j : in) {
            if (d.bTag().accepts(j.bTagged()) && d.tauTag().accepts(j.tauTagged())) {
                int k = addIfInAcceptance(a, j.momentum(), d, sinhEtaMax);
                if (k >= 0) {
                    a.flavour[k] = j.flavour();
                    a.bTag[k] = j.bTagged() ? 1 : 0;
                }
            }
        }
    }

    private static void vertices(List<SecondaryVertex> in, ObjectDefinition d, ObjectArrays a) {
        for (SecondaryVertex v : in) {
            if (v.tracks() >= d.tracksMin()
                    && v.dxyMm() >= d.dxyMinMm()
                    && v.dxyMm() < d.dxyMaxMm()
                    && v.mass() >= d.vertexMassMin()) {
                int k = a.add();
                FourMomentum p = v.momentum();
                a.setMomentum(k, p.px(), p.py(), p.pz(), p.e());
                a.dxyMm[k] = v.dxyMm();
                a.tracks[k] = v.tracks();
                a.vertexMass[k] = v.mass();
                a.charge[k] = 0;
                a.flavour[k] = 0;
                a.bTag[k] = 0;
            }
        }
    }

    private static void removeOverlaps(EventContext c, int[] slots, double dr2) {
        ObjectArrays victim = c.collections[slots[0]];
        if (victim.size == 0) {
            return;
        }
        boolean[] keep = new boolean[victim.size];
        boolean any = false;
        for (int i = 0; i < victim.size; i++) {
            keep[i] = true;
            for (int s = 1; s < slots.length && keep[i]; s++) {
                ObjectArrays near = c.collections[slots[s]];
                for (int j = 0; j < near.size; j++) {
                    double de = victim.eta[i] - near.eta[j];
                    double dp = Kinematics.deltaPhi(victim.phi[i], near.phi[j]);
                    if (de * de + dp * dp < dr2) {
                        keep[i] = false;
                        any = true;
                        break;
                    }
                }
            }
        }
        if (any) {
            victim.compact(keep);
        }
    }

    /** The p_T-ordered union of sorted collections (a k-way merge; ties keep list order). */
    private static void merge(EventContext c, int[] slots, ObjectArrays out) {
        out.clear();
        int[] pos = new int[slots.length];
        while (true) {
            int best = -1;
            double bestPt = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < slots.length; s++) {
                ObjectArrays a = c.collections[slots[s]];
                if (pos[s] < a.size && a.pt[pos[s]] > bestPt) {
                    best = s;
                    bestPt = a.pt[pos[s]];
                }
            }
            if (best < 0) {
                return;
            }
            out.copyFrom(c.collections[slots[best]], pos[best]++);
        }
    }
}
