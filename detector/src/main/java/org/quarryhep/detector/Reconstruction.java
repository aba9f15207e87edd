package org.quarryhep.detector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.detector.card.DetectorCard;

/** Pieces shared by the hadron- and parton-level chains: isolation, tagging, truth counting. */
final class Reconstruction {
    static final int ELECTRON = 0;
    static final int MUON = 1;
    static final int PHOTON = 2;
    static final int TAU = 3;
    static final int B_JET = 4;
    static final int C_JET = 5;
    static final int LIGHT_JET = 6;
    static final int TYPES = 7;
    static final List<String> NAMES =
            List.of("electron", "muon", "photon", "tau", "b_jet", "c_jet", "light_jet");

    /** Truth acceptance for the efficiency summary: pT above this (GeV)... */
    static final double TRUTH_PT_MIN = 10.0;

    /** ... and |η| below this; τ_h uses the visible pT above {@link #TRUTH_TAU_PT_MIN}. */
    static final double TRUTH_ETA_MAX = 2.5;

    static final double TRUTH_TAU_PT_MIN = 20.0;
    private static final double MATCH_DR = 0.1;
    private static final double TAU_MATCH_DR = 0.3;

    private Reconstruction() {}

    /** A reconstructed event with its efficiency counts. */
    record Result(ReconstructedEvent event, Counts counts) {}

    /** A generator-level hadronic τ: visible momentum and number of charged decay products. */
    record Tau(FourMomentum visible, int prongs) {}

    /** A quark or gluon used for flavour association. */
    record Parton(FourMomentum momentum, int absPdgId) {}

    /** The taggers' decisions for one jet. */
    record TaggedJet(boolean bTagged, boolean tauTagged, int flavour) {}

    /** Per-type denominators and numerators of the efficiency summary. */
    static final class Counts {
        final long[] truth = new long[TYPES];
        final long[] passed = new long[TYPES];

        void add(Counts o) {
            for (int i = 0; i < TYPES; i++) {
                truth[i] += o.truth[i];
                passed[i] += o.passed[i];
            }
        }

        /**
         * Counts generator e, μ, γ and τ_h in acceptance and whether a reconstructed object
         * matches.
         */
        void truth(Event event, ReconstructedEvent reco, List<Tau> taus) {
            for (Particle p : event.particles()) {
                if (!p.isFinal() || p.pt() <= TRUTH_PT_MIN || Math.abs(p.eta()) >= TRUTH_ETA_MAX) {
                    continue;
                }
                int a = Math.abs(p.pdgId());
                if (a == 11) {
                    count(ELECTRON, matchLepton(p.momentum(), reco.electrons()));
                } else if (a == 13) {
                    count(MUON, matchLepton(p.momentum(), reco.muons()));
                } else if (a == 22) {
                    boolean m = false;
                    for (Photon g : reco.photons()) {
                        m |= g.momentum().deltaR(p.momentum()) < MATCH_DR;
                    }
                    count(PHOTON, m);
                }
            }
            for (Tau t : taus) {
                if (t.visible().pt() > TRUTH_TAU_PT_MIN
                        && Math.abs(t.visible().eta()) < TRUTH_ETA_MAX) {
                    boolean m = false;
                    for (TauJet j : reco.taus()) {
                        m |= j.momentum().deltaR(t.visible()) < TAU_MATCH_DR;
                    }
                    count(TAU, m);
                }
            }
            for (RecoJet j : reco.jets()) {
                int type = j.flavour() == 5 ? B_JET : j.flavour() == 4 ? C_JET : LIGHT_JET;
                count(type, j.bTagged());
            }
        }

        private void count(int type, boolean matched) {
            truth[type]++;
            if (matched) {
                passed[type]++;
            }
        }

        private static boolean matchLepton(FourMomentum p, List<Lepton> leptons) {
            for (Lepton l : leptons) {
                if (l.momentum().deltaR(p) < MATCH_DR) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Relative isolation: Σ pT of the other candidates above the threshold within the cone, divided
     * by the object's pT.
     */
    static double isolation(
            FourMomentum p, int self, List<Candidate> candidates, DetectorCard.Isolation iso) {
        double sum = 0;
        for (int k = 0; k < candidates.size(); k++) {
            if (k == self) {
                continue;
            }
            FourMomentum q = candidates.get(k).momentum;
            if (q.pt() > iso.ptMin() && q.deltaR(p) < iso.deltaR()) {
                sum += q.pt();
            }
        }
        return sum / p.pt();
    }

    /** The generator's hadronically decaying τ leptons (last copies with no e/μ daughter). */
    static List<Tau> visibleTaus(Event event) {
        List<Tau> out = new ArrayList<>();
        List<Particle> ps = event.particles();
        for (int i = 0; i < ps.size(); i++) {
            if (Math.abs(ps.get(i).pdgId()) != 15) {
                continue;
            }
            int[] d = event.daughters(i);
            if (d.length == 0) {
                continue;
            }
            boolean lastCopy = true;
            boolean leptonic = false;
            FourMomentum vis = FourMomentum.ZERO;
            for (int k : d) {
                int a = Math.abs(ps.get(k).pdgId());
                lastCopy &= a != 15;
                leptonic |= a == 11 || a == 13;
                if (!PdgTable.isNeutrino(a)) {
                    vis = vis.plus(ps.get(k).momentum());
                }
            }
            if (!lastCopy || leptonic) {
                continue;
            }
            out.add(new Tau(vis, chargedDescendants(event, i)));
        }
        return out;
    }

    private static int chargedDescendants(Event event, int root) {
        int n = 0;
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(root);
        boolean[] seen = new boolean[event.particles().size()];
        while (!todo.isEmpty()) {
            int i = todo.pop();
            for (int k : event.daughters(i)) {
                if (seen[k]) {
                    continue;
                }
                seen[k] = true;
                Particle p = event.particle(k);
                if (p.isFinal()) {
                    if (PdgTable.threeCharge(p.pdgId()).orElse(0) != 0) {
                        n++;
                    }
                } else {
                    todo.push(k);
                }
            }
        }
        return n;
    }

    /** Quarks and gluons eligible for flavour association. */
    static List<Parton> partons(Event event, DetectorCard.BTagging b) {
        List<Parton> out = new ArrayList<>();
        for (Particle p : event.particles()) {
            int a = Math.abs(p.pdgId());
            if ((a >= 1 && a <= 5 || a == 21)
                    && p.pt() > b.partonPtMin()
                    && Math.abs(p.eta()) < b.partonEtaMax()) {
                out.add(new Parton(p.momentum(), a));
            }
        }
        return out;
    }

    /**
     * Applies the b and τ taggers to a jet. Flavour: the highest-|PDG| quark within ΔR (gluons
     * lowest priority, as Delphes' JetFlavorAssociation); a matched visible τ_h gives 15.
     */
    static TaggedJet tag(
            DetectorCard card,
            FourMomentum jet,
            int tracks,
            List<Parton> partons,
            List<Tau> taus,
            SplittableRandom rng) {
        DetectorCard.BTagging b = card.bTagging();
        int flavour = 0;
        for (Parton p : partons) {
            if (p.absPdgId() <= 5
                    && p.absPdgId() > flavour
                    && p.momentum().deltaR(jet) < b.deltaR()) {
                flavour = p.absPdgId();
            }
        }
        int bFlavour = flavour >= 4 ? flavour : 0;
        double pt = jet.pt();
        boolean bTagged = false;
        if (Math.abs(jet.eta()) <= b.jetEtaMax()) {
            DetectorCard.TagRate rate = bFlavour == 5 ? b.b() : bFlavour == 4 ? b.c() : b.light();
            bTagged = RandomDraws.pass(rng, rate.at(pt));
        }
        DetectorCard.TauTagging t = card.tauTagging();
        Tau matched = null;
        for (Tau tau : taus) {
            FourMomentum v = tau.visible();
            if (v.pt() > t.tauPtMin()
                    && Math.abs(v.eta()) < t.tauEtaMax()
                    && v.deltaR(jet) < t.deltaR()) {
                matched = tau;
                break;
            }
        }
        double tauRate;
        if (matched != null) {
            tauRate = matched.prongs() <= 1 ? t.oneProng() : t.multiProng();
        } else {
            tauRate = tracks == 0 ? 0 : tracks == 1 ? t.mistagOneProng() : t.mistagMultiProng();
        }
        boolean tauTagged = RandomDraws.pass(rng, tauRate);
        return new TaggedJet(bTagged, tauTagged, matched != null ? 15 : bFlavour);
    }

    /** Assembles a reconstructed event with every collection pT-ordered. */
    static ReconstructedEvent event(
            Event in,
            int pileup,
            List<Lepton> electrons,
            List<Lepton> muons,
            List<Photon> photons,
            List<TauJet> taus,
            List<RecoJet> jets,
            MissingEt met,
            List<SecondaryVertex> vertices) {
        electrons.sort(Comparator.comparingDouble((Lepton l) -> l.momentum().pt()).reversed());
        muons.sort(Comparator.comparingDouble((Lepton l) -> l.momentum().pt()).reversed());
        photons.sort(Comparator.comparingDouble((Photon g) -> g.momentum().pt()).reversed());
        taus.sort(Comparator.comparingDouble((TauJet t) -> t.momentum().pt()).reversed());
        jets.sort(Comparator.comparingDouble((RecoJet j) -> j.momentum().pt()).reversed());
        return new ReconstructedEvent(
                in.number(),
                in.weights(),
                pileup,
                electrons,
                muons,
                photons,
                taus,
                jets,
                met,
                vertices);
    }
}
