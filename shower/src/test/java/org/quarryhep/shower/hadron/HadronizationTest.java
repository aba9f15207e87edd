package org.quarryhep.shower.hadron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.shower.decay.ParticleDataTable;
import org.quarryhep.shower.decay.PhaseSpace;
import org.quarryhep.testkit.Tolerance;

/** String hadronisation: conservation laws, colour topologies, and the Lund model's rank law. */
class HadronizationTest {
    private static final ParticleDataTable TABLE = ParticleDataTable.pdg2024();
    private static final Hadronization HADRONIZATION =
            new Hadronization(HadronizationParameters.DEFAULTS, TABLE);

    /** A parton with LHE colour tags. */
    static Particle parton(int id, FourMomentum p, int colour, int anticolour) {
        return new Particle(id, 1, p, Double.NaN, null, -1, -1, colour, anticolour, 0, 9, null);
    }

    /** Partons with random momenta of total mass {@code w}, flavours and colours as given. */
    static Event system(int[] ids, int[][] colours, double w, SplittableRandom rng) {
        double[] masses = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int a = Math.abs(ids[i]);
            masses[i] = a == 4 ? 1.5 : a == 5 ? 4.8 : a > 1000 ? 0.6 : 0;
        }
        FourMomentum[] p = PhaseSpace.generate(w, masses, rng);
        Event.Builder b = Event.builder();
        b.addParticle(Particle.of(22, 1, new FourMomentum(1, 2, 3, Math.sqrt(14))));
        for (int i = 0; i < ids.length; i++) {
            // Boost the system along (0.3, −0.2, 0.5) to leave the rest frame.
            b.addParticle(parton(ids[i], p[i].boost(0.3, -0.2, 0.5), colours[i][0], colours[i][1]));
        }
        return b.build();
    }

    private static void assertConserved(Event in, Event out, String what) {
        FourMomentum before = FourMomentum.ZERO;
        int charge = 0;
        int baryon = 0;
        for (Particle p : in.finalState()) {
            before = before.plus(p.momentum());
            charge += PdgTable.threeCharge(p.pdgId()).orElseThrow();
            baryon += threeBaryon(p.pdgId());
        }
        FourMomentum after = FourMomentum.ZERO;
        for (Particle p : out.finalState()) {
            after = after.plus(p.momentum());
            charge -= PdgTable.threeCharge(p.pdgId()).orElseThrow();
            baryon -= threeBaryon(p.pdgId());
            assertTrue(TABLE.find(p.pdgId()).isPresent(), what + ": unknown hadron " + p.pdgId());
        }
        double scale = before.e();
        Tolerance.assertClose(before.e(), after.e(), 1e-10, 0, what + " E");
        Tolerance.assertClose(before.px(), after.px(), 0, 1e-10 * scale, what + " px");
        Tolerance.assertClose(before.py(), after.py(), 0, 1e-10 * scale, what + " py");
        Tolerance.assertClose(before.pz(), after.pz(), 0, 1e-10 * scale, what + " pz");
        assertEquals(0, charge, what + " charge");
        assertEquals(0, baryon, what + " baryon number");
    }

    private static int threeBaryon(int id) {
        int a = Math.abs(id);
        int s = id > 0 ? 1 : -1;
        if (a <= 6) {
            return s;
        }
        return a > 1000 && a < 10000 ? s * ((a / 10) % 10 == 0 ? 2 : 3) : 0;
    }

    @Test
    void everyColourTopologyConservesMomentumChargeAndBaryonNumber() {
        Object[][] cases = {
            {new int[] {2, -2}, new int[][] {{501, 0}, {0, 501}}},
            {new int[] {1, 21, -1}, new int[][] {{501, 0}, {502, 501}, {0, 502}}},
            {new int[] {3, 21, 21, -3}, new int[][] {{501, 0}, {502, 501}, {503, 502}, {0, 503}}},
            {new int[] {21, 21}, new int[][] {{501, 502}, {502, 501}}},
            {new int[] {21, 21, 21}, new int[][] {{501, 503}, {502, 501}, {503, 502}}},
            {new int[] {2, 2101}, new int[][] {{501, 0}, {0, 501}}},
            {new int[] {-2101, 21, 2203}, new int[][] {{501, 0}, {502, 501}, {0, 502}}},
            {new int[] {4, -4}, new int[][] {{501, 0}, {0, 501}}},
            {new int[] {5, 21, -5}, new int[][] {{501, 0}, {502, 501}, {0, 502}}},
            {new int[] {2, -2, 1, -1}, new int[][] {{501, 0}, {0, 501}, {502, 0}, {0, 502}}},
            {new int[] {5, -2, 2, -4}, new int[][] {{501, 0}, {0, 501}, {502, 0}, {0, 502}}}
        };
        SplittableRandom rng = new SplittableRandom(42);
        for (Object[] c : cases) {
            int[] ids = (int[]) c[0];
            int[][] colours = (int[][]) c[1];
            for (double w : new double[] {0.9, 2, 5, 12, 91.2, 500}) {
                double min = 0;
                for (int id : ids) {
                    int a = Math.abs(id);
                    min += a == 4 ? 2 : a == 5 ? 5.4 : a > 1000 ? 1.2 : 0.3;
                }
                if (w < min) {
                    continue;
                }
                for (int k = 0; k < 20; k++) {
                    Event in = system(ids, colours, w, rng);
                    Event out = HADRONIZATION.hadronize(in, rng);
                    String what = java.util.Arrays.toString(ids) + " at " + w + " GeV";
                    assertConserved(in, out, what);
                    // The photon is untouched; the partons are marked hadronised.
                    assertEquals(in.particle(0), out.particle(0), what);
                    for (int i = 1; i <= ids.length; i++) {
                        assertEquals(Hadronization.HADRONIZED_STATUS, out.particle(i).status());
                        assertTrue(out.particle(i).endVertex() >= 0);
                    }
                }
            }
        }
    }

    @Test
    void brokenColourLineNamesEventAndLine() {
        Event.Builder b = Event.builder().optNumber(17);
        b.addParticle(parton(2, new FourMomentum(0, 0, 10, 10), 501, 0));
        b.addParticle(parton(-2, new FourMomentum(0, 0, -10, 10), 0, 502));
        ColourFlowException e =
                assertThrows(
                        ColourFlowException.class,
                        () -> HADRONIZATION.hadronize(b.build(), new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("event 17"), e.getMessage());
        assertTrue(e.getMessage().contains("colour line 501"), e.getMessage());
    }

    /**
     * The Lund rank law: hadrons split off one end step down in rapidity by −ln(1 − z) on average,
     * so the mean multiplicity of a long string grows as ln W² / ⟨−ln(1 − z)⟩ (Andersson et al.,
     * Phys. Rept. 97 (1983) 31, §4). With pions only and no transverse momentum, ⟨−ln(1 − z)⟩
     * follows from f(z) ∝ z⁻¹(1 − z)ᵃ exp(−b m²/z) by quadrature (averaged over π⁰ and π±, each
     * half of the breaks); the slope of ⟨N⟩ between W = 50 and 5000 GeV must match it within 3 %.
     */
    @Test
    void multiplicityGrowsWithTheLundRankLaw() {
        HadronizationParameters d = HadronizationParameters.DEFAULTS;
        HadronizationParameters pionsOnly =
                new HadronizationParameters(
                        d.lundA(),
                        d.lundB(),
                        0,
                        0,
                        0,
                        d.probSQtoQQ(),
                        d.probQQ1toQQ0(),
                        0,
                        d.mesonSvector(),
                        d.mesonCvector(),
                        d.mesonBvector(),
                        0,
                        0,
                        d.decupletSup(),
                        d.thetaPSDeg(),
                        d.rFactC(),
                        d.rFactB(),
                        d.stopMass(),
                        d.stopSmear());
        Hadronization h = new Hadronization(pionsOnly, TABLE);
        double mPi0 = 0.1349768;
        double mPiC = 0.13957039;
        double step =
                0.5
                        * (meanRapidityStep(d.lundA(), d.lundB() * mPi0 * mPi0)
                                + meanRapidityStep(d.lundA(), d.lundB() * mPiC * mPiC));
        double low = meanMultiplicity(h, 50, 4000);
        double high = meanMultiplicity(h, 5000, 4000);
        double slope = (high - low) / (2 * Math.log(5000.0 / 50));
        Tolerance.assertClose(1 / step, slope, 0.03, 0, "dN/d ln W^2");
    }

    private static double meanMultiplicity(Hadronization h, double w, int n) {
        SplittableRandom rng = new SplittableRandom(9);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            Event.Builder b = Event.builder();
            b.addParticle(parton(2, new FourMomentum(0, 0, w / 2, w / 2), 501, 0));
            b.addParticle(parton(-2, new FourMomentum(0, 0, -w / 2, w / 2), 0, 501));
            sum += h.hadronize(b.build(), rng).finalState().size();
        }
        return sum / n;
    }

    /** ⟨−ln(1 − z)⟩ under z⁻¹(1 − z)ᵃ exp(−bm/z), midpoint rule on 10⁶ points. */
    private static double meanRapidityStep(double a, double bm) {
        int n = 1_000_000;
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            double z = (i + 0.5) / n;
            double f = Math.pow(1 - z, a) * Math.exp(-bm / z) / z;
            num += -Math.log1p(-z) * f;
            den += f;
        }
        return num / den;
    }

    @Test
    void sameSeedSameEvent() {
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        int[] ids = {1, 21, -1};
        int[][] colours = {{501, 0}, {502, 501}, {0, 502}};
        Event in = system(ids, colours, 91.2, new SplittableRandom(3));
        List<Particle> x = new ArrayList<>(HADRONIZATION.hadronize(in, a).particles());
        List<Particle> y = new ArrayList<>(HADRONIZATION.hadronize(in, b).particles());
        assertEquals(x, y);
    }
}
