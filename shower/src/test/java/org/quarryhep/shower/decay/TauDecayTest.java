package org.quarryhep.shower.decay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.shower.hadron.Hadronization;
import org.quarryhep.shower.hadron.HadronizationParameters;
import org.quarryhep.testkit.Tolerance;

/** τ decays against the PDG 2024 τ branching fractions and the polarised closed forms. */
class TauDecayTest {
    private static final double M_TAU = 1.77693;
    private static final ParticleDataTable TABLE = ParticleDataTable.pdg2024();
    private static final Decays DECAYS =
            new Decays(
                    TABLE,
                    DecayParameters.DEFAULTS,
                    new Hadronization(HadronizationParameters.DEFAULTS, TABLE));

    /** One τ of energy e along z, with SPINUP {@code spin} and an optional mother. */
    static Event tauEvent(int id, double e, double spin, int motherId) {
        Event.Builder b = Event.builder();
        double pz = Math.sqrt(e * e - M_TAU * M_TAU);
        FourMomentum p = new FourMomentum(0, 0, pz, e);
        if (motherId != 0) {
            b.addParticle(Particle.of(motherId, 2, new FourMomentum(0, 0, pz, e + 80)));
            b.addParticle(
                    new Particle(id, 1, p, M_TAU, new int[] {0}, -1, -1, 0, 0, 0, spin, null));
        } else {
            b.addParticle(new Particle(id, 1, p, M_TAU, null, -1, -1, 0, 0, 0, spin, null));
        }
        return b.build();
    }

    /**
     * The τ's visible decay class: sorted ids of its first-generation products, seen through
     * ρ/a1/K*.
     */
    private static String channel(Event e, int tau) {
        List<Integer> ids = new ArrayList<>();
        collect(e, tau, ids);
        int[] sorted = ids.stream().mapToInt(Integer::intValue).sorted().toArray();
        return Arrays.toString(sorted);
    }

    private static void collect(Event e, int i, List<Integer> out) {
        for (int d : e.daughters(i)) {
            int a = Math.abs(e.particle(d).pdgId());
            if (a == 213 || a == 113 || a == 20213 || a == 323 || a == 313) {
                collect(e, d, out);
            } else {
                out.add(e.particle(d).pdgId());
            }
        }
    }

    @Test
    void exclusiveBranchingFractionsMatchPdg2024() {
        // PDG 2024 τ⁻ listings (Phys. Rev. D 110, 030001): Γ3 μ⁻ν̄ν 17.39 %, Γ5 e⁻ν̄ν 17.82 %,
        // Γ9 π⁻ν 10.82 %, Γ10 K⁻ν 0.696 %, Γ14 π⁻π⁰ν 25.49 %, Γ20 π⁻2π⁰ν (ex. K⁰) 9.26 %,
        // Γ60 π⁻π⁻π⁺ν (ex. K⁰) 9.02 %, Γ70 π⁻π⁻π⁺π⁰ν (ex. K⁰, ω) 2.74 %. The table's channels
        // add up to 98.8 % and are renormalised: each rate may sit 1.3 % (relative) high, plus
        // 4σ of binomial statistics.
        Map<String, Double> pdg = new TreeMap<>();
        pdg.put("[-14, 13, 16]", 0.1739);
        pdg.put("[-12, 11, 16]", 0.1782);
        pdg.put("[-211, 16]", 0.1082);
        pdg.put("[-321, 16]", 0.00696);
        pdg.put("[-211, 16, 111]", 0.2549);
        pdg.put("[-211, 16, 111, 111]", 0.0926);
        pdg.put("[-211, -211, 16, 211]", 0.0902);
        pdg.put("[-211, -211, 16, 111, 211]", 0.0274);
        int n = 100_000;
        Map<String, Integer> counts = new TreeMap<>();
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < n; k++) {
            Event e = DECAYS.decay(tauEvent(15, 20, 9, 0), rng);
            counts.merge(channel(e, 0), 1, Integer::sum);
        }
        for (var entry : pdg.entrySet()) {
            double frac = counts.getOrDefault(entry.getKey(), 0) / (double) n;
            double p = entry.getValue();
            double tol = 0.013 * p + 4 * Math.sqrt(p * (1 - p) / n);
            Tolerance.assertClose(p, frac, 0, tol, "tau- -> " + entry.getKey());
        }
    }

    /**
     * Lab-frame lepton energy fraction y = E_ℓ/E_τ of an ultra-relativistic τ⁻ with helicity
     * polarisation P: dΓ/dy = [5 − 9y² + 4y³ + P(1 − 9y² + 8y³)]/3 (massless lepton; e.g. Bullock,
     * Hagiwara, Martin, Nucl. Phys. B395 (1993) 499, eq. 2.4). For τ⁺ P flips sign.
     */
    static double leptonSpectrum(double y, double pol) {
        return (5 - 9 * y * y + 4 * y * y * y + pol * (1 - 9 * y * y + 8 * y * y * y)) / 3;
    }

    private static double[] leptonFractions(int id, double spin, int mother, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] ys = new double[n];
        int k = 0;
        double eTau = 500;
        while (k < n) {
            Event e = DECAYS.decay(tauEvent(id, eTau, spin, mother), rng);
            int tau = mother == 0 ? 0 : 1;
            for (int d : e.daughters(tau)) {
                if (Math.abs(e.particle(d).pdgId()) == 11) {
                    ys[k++] = e.particle(d).momentum().e() / eTau;
                }
            }
        }
        return ys;
    }

    /** χ² of 20 bins of y against the closed form; returns χ². */
    private static double chi2(double[] ys, double pol) {
        int bins = 20;
        double[] h = new double[bins];
        for (double y : ys) {
            h[Math.min(bins - 1, (int) (y * bins))]++;
        }
        double chi2 = 0;
        for (int b = 0; b < bins; b++) {
            // Integrate the closed form over the bin (Simpson).
            double lo = b / (double) bins;
            double hi = (b + 1) / (double) bins;
            double integral =
                    (hi - lo)
                            / 6
                            * (leptonSpectrum(lo, pol)
                                    + 4 * leptonSpectrum(0.5 * (lo + hi), pol)
                                    + leptonSpectrum(hi, pol));
            double expected = integral * ys.length;
            chi2 += (h[b] - expected) * (h[b] - expected) / expected;
        }
        return chi2;
    }

    @Test
    void polarisedLeptonSpectrumFollowsClosedForm() {
        // 20 bins: χ² < 45 has p ≈ 0.001 for 20 degrees of freedom. ⟨y⟩ = 0.35 − 0.05 P exactly.
        int n = 20_000;
        double[][] cases = {
            {15, -1, 0, -1}, // τ⁻ with SPINUP −1: P = −1
            {15, 1, 0, 1}, // τ⁻ with SPINUP +1
            {-15, 1, 0, -1}, // τ⁺ helicity +1: its lepton spectrum is that of τ⁻ with P = −1
            {15, 9, -24, -1}, // τ⁻ from W⁻, no SPINUP: left-handed
            {15, 9, 0, 0} // unpolarised
        };
        long seed = 3;
        for (double[] c : cases) {
            double[] ys = leptonFractions((int) c[0], c[1], (int) c[2], n, seed++);
            double pol = c[3];
            double chi2 = chi2(ys, pol);
            assertTrue(chi2 < 45, "chi2 " + chi2 + " for case " + Arrays.toString(c));
            double mean = Arrays.stream(ys).average().orElseThrow();
            // σ(y) ≈ 0.25: 4σ/√n.
            Tolerance.assertClose(
                    0.35 - 0.05 * pol,
                    mean,
                    0,
                    4 * 0.25 / Math.sqrt(n),
                    "mean y " + Arrays.toString(c));
        }
        // The spin changes the shape: the opposite polarisation fails the same test.
        double[] ys = leptonFractions(15, 1, 0, n, 99);
        assertTrue(chi2(ys, -1) > 200, "P=+1 sample must not fit the P=-1 form");
    }

    @Test
    void pionEnergyFractionFollowsPolarisation() {
        // τ⁻ → π⁻ν: dΓ/dcos θ ∝ 1 + P cos θ in the τ rest frame, so for β → 1
        // ⟨y⟩ = (E* + p* P/3)/m_τ with E* = (m_τ² + m_π²)/2m_τ, p* = (m_τ² − m_π²)/2m_τ.
        double mPi = 0.13957039;
        double eStar = (M_TAU * M_TAU + mPi * mPi) / (2 * M_TAU);
        double pStar = (M_TAU * M_TAU - mPi * mPi) / (2 * M_TAU);
        for (double pol : new double[] {-1, 1}) {
            SplittableRandom rng = new SplittableRandom(5);
            double sum = 0;
            double sum2 = 0;
            int n = 0;
            double eTau = 1000;
            while (n < 20_000) {
                Event e = DECAYS.decay(tauEvent(15, eTau, pol, 0), rng);
                int[] d = e.daughters(0);
                if (d.length == 2 && Math.abs(e.particle(d[1]).pdgId()) == 211) {
                    double y = e.particle(d[1]).momentum().e() / eTau;
                    sum += y;
                    sum2 += y * y;
                    n++;
                }
            }
            double mean = sum / n;
            double sd = Math.sqrt(sum2 / n - mean * mean);
            Tolerance.assertClose(
                    (eStar + pStar * pol / 3) / M_TAU,
                    mean,
                    0,
                    4 * sd / Math.sqrt(n),
                    "pion y, P = " + pol);
        }
    }
}
