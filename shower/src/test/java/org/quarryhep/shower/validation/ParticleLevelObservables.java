package org.quarryhep.shower.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.Jet;
import org.quarryhep.jets.JetDefinition;

/**
 * Particle-level observables computed the same way on Pythia's and Quarry's hadron-level records,
 * one value per event, and their sample means with statistical errors.
 *
 * <p>Visible final-state particles are status 1 without neutrinos; charged ones are those with a
 * non-zero charge in core's PDG table. Species are counted as produced (status 1 or 2, so a K_S⁰ or
 * Λ that decayed counts), which both programs record the same way.
 */
final class ParticleLevelObservables {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    /** Adds one event's values. */
    void add(Map<String, Double> event) {
        for (var e : event.entrySet()) {
            values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
    }

    /** The observables' names, in the order first added. */
    List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** The per-event values of one observable. */
    List<Double> values(String name) {
        return values.get(name);
    }

    /** Sample mean of one observable. */
    double mean(String name) {
        return mean(values.get(name));
    }

    /** Standard error of the mean, s/√n. */
    double error(String name) {
        List<Double> v = values.get(name);
        double m = mean(v);
        double s2 = 0;
        for (double x : v) {
            s2 += (x - m) * (x - m);
        }
        return Math.sqrt(s2 / (v.size() - 1) / v.size());
    }

    static double mean(List<Double> v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.size();
    }

    /**
     * e⁺e⁻ observables of one event: charged multiplicity, the charged fractions of π±, K± and p/p̄
     * (per event), K_S⁰, Λ + Λ̄ and π⁰ per event, 1 − T of all visible particles, the number of
     * Durham jets at y_cut = 0.01 and the heavier jet mass of the two exclusive Durham jets (both
     * E-scheme, of all visible particles).
     */
    static Map<String, Double> electronPositron(Event e) {
        Map<String, Double> out = new LinkedHashMap<>();
        int charged = 0;
        int pions = 0;
        int kaons = 0;
        int protons = 0;
        int kShort = 0;
        int lambda = 0;
        int pi0 = 0;
        List<double[]> p3 = new ArrayList<>();
        List<double[]> p4 = new ArrayList<>();
        for (Particle p : e.particles()) {
            int id = Math.abs(p.pdgId());
            if (p.status() == 1 || p.status() == 2) {
                kShort += id == 310 ? 1 : 0;
                lambda += id == 3122 ? 1 : 0;
                pi0 += id == 111 ? 1 : 0;
            }
            if (!visible(p)) {
                continue;
            }
            FourMomentum m = p.momentum();
            p3.add(new double[] {m.px(), m.py(), m.pz()});
            p4.add(new double[] {m.px(), m.py(), m.pz(), m.e()});
            if (PdgTable.charge(p.pdgId()) != 0) {
                charged++;
                pions += id == 211 ? 1 : 0;
                kaons += id == 321 ? 1 : 0;
                protons += id == 2212 ? 1 : 0;
            }
        }
        out.put("N_ch", (double) charged);
        out.put("pi+- / N_ch", (double) pions / charged);
        out.put("K+- / N_ch", (double) kaons / charged);
        out.put("p / N_ch", (double) protons / charged);
        out.put("K_S0", (double) kShort);
        out.put("Lambda", (double) lambda);
        out.put("pi0", (double) pi0);
        out.put("1 - T", 1 - EventShapes.thrust(p3));
        out.put("N_jets Durham y_cut=0.01", (double) EventShapes.durhamJets(p4, 0.01).size());
        double heavy = 0;
        for (double[] j : EventShapes.durhamExclusive(p4, 2)) {
            heavy = Math.max(heavy, mass(j));
        }
        out.put("heavy Durham jet mass", heavy);
        return out;
    }

    /**
     * pp observables of the hard jets, anti-k_t R = 0.4 on all visible particles with |η| < 4.9
     * (E-scheme): the leading jet's p_T, mass and charged constituent count, the number of jets
     * with p_T > 20 GeV and |y| < 2.5, and the charged multiplicity at |η| < 2.5 with p_T > 0.5 GeV
     * (dominated by the underlying event where one is simulated).
     */
    static Map<String, Double> protonProton(Event e) {
        List<FourMomentum> in = new ArrayList<>();
        List<Boolean> charge = new ArrayList<>();
        int tracks = 0;
        for (Particle p : e.particles()) {
            if (!visible(p) || Math.abs(p.momentum().eta()) > 4.9) {
                continue;
            }
            in.add(p.momentum());
            boolean c = PdgTable.charge(p.pdgId()) != 0;
            charge.add(c);
            if (c && Math.abs(p.momentum().eta()) < 2.5 && p.momentum().pt() > 0.5) {
                tracks++;
            }
        }
        List<Jet> jets = ClusterSequence.of(in, JetDefinition.antiKt(0.4)).inclusiveJets(0);
        Jet lead = jets.get(0);
        int leadCharged = 0;
        for (int k : lead.constituents()) {
            leadCharged += charge.get(k) ? 1 : 0;
        }
        int central = 0;
        for (Jet j : jets) {
            central += j.pt() > 20 && Math.abs(j.rapidity()) < 2.5 ? 1 : 0;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("leading jet pT", lead.pt());
        out.put("leading jet mass", lead.mass());
        out.put("leading jet N_ch", (double) leadCharged);
        out.put("N_jets pT>20 |y|<2.5", (double) central);
        out.put("N_ch |eta|<2.5 pT>0.5", (double) tracks);
        return out;
    }

    private static boolean visible(Particle p) {
        int id = Math.abs(p.pdgId());
        return p.isFinal() && id != 12 && id != 14 && id != 16;
    }

    private static double mass(double[] p) {
        double m2 = p[3] * p[3] - p[0] * p[0] - p[1] * p[1] - p[2] * p[2];
        return Math.sqrt(Math.max(m2, 0));
    }
}
