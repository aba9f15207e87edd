package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.testkit.Requirements;

/**
 * The colour-ordered exact sum ({@link OrderedColourSum}) against the explicit colour and helicity
 * sum of {@link ConfigurationSum}: two independent computations (colour-ordered currents with a
 * colour matrix against adjoint-state currents summed over every colour assignment), so agreement
 * to 1e-10 at RAMBO points checks the colour-ordered rules, their normalisation, the colour matrix
 * and the helicity filter.
 */
class OrderedColourSumTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    @ParameterizedTest
    @CsvSource({
        "u u~ > g g, 3",
        "g g > g g, 3",
        "g g > t t~, 3",
        "t t~ > g g, 2",
        "g u > u g, 2",
        "g g > t t~ g, 2",
        "g g > g g g, 1",
        "d g > d g g, 1",
        "u u~ > e+ e-, 3",
        "u u~ > e+ e- g, 2",
        "d d~ > e+ e- g g, 1",
        "u d~ > e+ ve g, 2",
        "g u > u ve ve~, 2",
        "e+ e- > u u~ g, 2"
    })
    void equalsTheExplicitColourSum(String process, int points) {
        compare(process, points);
    }

    @Test
    void equalsTheExplicitColourSumForTopPairAndTwoGluons() {
        // the explicit colour sum of g g → t t̄ g g: ~2 s of CPU per point, more under load
        Requirements.validationProfile();
        compare("g g > t t~ g g", 1);
    }

    private static void compare(String process, int points) {
        MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
        OrderedColourSum fast = me.orderedSum();
        assertNotNull(fast, process + " is in the colour-ordered class");
        SplittableRandom rng = new SplittableRandom(7);
        int nIn = me.incomingCount();
        double[] masses = finalMasses(me, MODEL, nIn);
        for (int k = 0; k < points; k++) {
            FourMomentum[] p = PhaseSpacePoints.random(1000, masses, rng);
            double[][] arrays = me.momentumArrays(p);
            double explicit = me.squared(arrays, -1);
            assertTrue(explicit > 0, process);
            assertEquals(explicit, fast.squared(arrays), 1e-10 * explicit, process + " point " + k);
            assertEquals(explicit, me.squared(p), 1e-10 * explicit, process + " public path");
        }
    }

    @Test
    void equalsTheExplicitColourSumOutsideTheCentreOfMassFrame() {
        // a massive particle's helicity depends on the frame: in the centre-of-mass frame some
        // g g → t t̄ helicity amplitudes vanish (angular momentum along the beam) that do not
        // vanish after a boost, so the helicity filter must not drop them (the collinear limits
        // evaluate at boosted points)
        SplittableRandom rng = new RandomStreams(23).stream(5);
        for (String process : new String[] {"g g > t t~", "g g > t t~ g", "d d~ > e+ e- g g"}) {
            MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
            double[] masses = finalMasses(me, MODEL, 2);
            FourMomentum[] p = PhaseSpacePoints.random(1000, masses, rng);
            for (int i = 0; i < p.length; i++) {
                p[i] = p[i].boost(0.3, -0.4, 0.6);
            }
            double explicit = me.explicitSquared(p);
            assertEquals(explicit, me.squared(p), 1e-10 * explicit, process);
        }
    }

    @Test
    void flowWeightsAreThoseOfTheLeastSquaresExtraction() {
        // LeadingColourFlows fits the A_σ to explicit-colour amplitudes: an independent route to
        // the same leading-colour weights, flow by flow in the same order
        SplittableRandom rng = new RandomStreams(23).stream(4);
        for (String process : new String[] {"g g > t t~ g", "d d~ > e+ e- g g", "g g > g g g"}) {
            MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
            double[] masses = finalMasses(me, MODEL, 2);
            FourMomentum[] p = PhaseSpacePoints.random(1000, masses, rng);
            double[] fit = me.leadingColourFlows().amplitudes(p).weights();
            double[] fast = me.orderedSum().flowWeights(me.momentumArrays(p));
            for (int f = 0; f < fit.length; f++) {
                assertArrayEquals(me.leadingColourFlows().order(f), me.orderedSum().order(f));
                assertEquals(fit[f], fast[f], 1e-10 * fit[f], process + " flow " + f);
            }
        }
    }

    @Test
    void theHelicityFilterKeepsTheNonVanishingConfigurations() {
        // massless tree amplitudes vanish unless MHV or anti-MHV (Parke–Taylor; Dixon
        // hep-ph/9601359): g g → g g g keeps C(5,2) + C(5,3) = 20 of 32; a massless quark line
        // conserves helicity, so u ū → g g g keeps 2 × (3 + 3) = 12; massive tops keep all 16 of
        // g g → t t̄ (in some frame every configuration is non-zero)
        String[] processes = {"g g > g g g", "u u~ > g g g", "g g > t t~"};
        int[] kept = {20, 12, 16};
        for (int k = 0; k < processes.length; k++) {
            MatrixElement me =
                    new MatrixElement(ProcessSyntax.subprocesses(processes[k]).get(0), MODEL);
            assertEquals(kept[k], me.orderedSum().keptHelicities(), processes[k]);
        }
    }

    @Test
    void anSChannelExclusionMatchesTheExcludedPropagator() {
        // In u ū → e⁺e⁻g the Z is only ever an s-channel propagator, so "$$ z" (no s-channel Z,
        // explicit engine) and "/ z" (no Z at all, colour-ordered sum) are the same amplitude.
        MatrixElement noSChannel =
                new MatrixElement(ProcessSyntax.subprocesses("u u~ > e+ e- g $$ z").get(0), MODEL);
        MatrixElement noZ =
                new MatrixElement(ProcessSyntax.subprocesses("u u~ > e+ e- g / z").get(0), MODEL);
        assertNotNull(noZ.orderedSum());
        SplittableRandom rng = new SplittableRandom(11);
        double[] masses = new double[3];
        for (int k = 0; k < 3; k++) {
            FourMomentum[] p = PhaseSpacePoints.random(1000, masses, rng);
            double expected = noZ.squared(p);
            assertEquals(expected, noSChannel.squared(p), 1e-10 * expected, "point " + k);
        }
    }

    @Test
    void processesOutsideTheClassFallBack() {
        for (String process :
                new String[] {
                    "u d > u d g",
                    "u u~ > w+ w- g",
                    "g g > t t~ h",
                    "u u~ > e+ e- a",
                    "t > b e+ ve",
                    "u u~ > e+ e- g $$ z"
                }) {
            MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
            assertEquals(null, me.orderedSum(), process);
        }
    }

    @Test
    void gluonPartialAmplitudesAreParkeTaylor() {
        // Σ_h |A_σ|² = 2^n g^{2(n−2)} Σ_{i<j} s_ij⁴ / (s_σ1σ2 ⋯ s_σnσ1) × 2 (MHV and anti-MHV
        // for n = 5; for n = 4 every non-vanishing configuration is both): Parke–Taylor in the
        // T = λ/2 normalisation, as LeadingColourFlowsTest
        double g2 = 4 * Math.PI * MODEL.alphaS();
        SplittableRandom rng = new RandomStreams(23).stream(1);
        for (String process : new String[] {"g g > g g", "g g > g g g"}) {
            MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
            OrderedColourSum fast = me.orderedSum();
            int n = me.crossedIds().length;
            FourMomentum[] p =
                    Points.generate(300 + 700 * rng.nextDouble(), 0, 0, new double[n - 2], rng);
            double[] w = weights(fast, me.momentumArrays(p));
            double[][] s = LeadingColourFlowsTest.invariants(p, 2);
            for (int f = 0; f < fast.flowCount(); f++) {
                double expected =
                        Math.pow(g2, n - 2)
                                * Math.pow(2, n)
                                * (n == 5 ? 2 : 1)
                                * LeadingColourFlowsTest.mhvNumerator(s)
                                / LeadingColourFlowsTest.cyclic(s, fast.order(f));
                assertEquals(expected, w[f], 1e-10 * expected, process + " flow " + f);
            }
        }
    }

    @Test
    void quarkPairPartialAmplitudesAreTheColourOrderedFormula() {
        // Σ_h |A(q̄, g_a, g_b, q)|² = 8 g⁴ s_q̄b (s_q̄b² + s_q̄a²)/(s_qq̄² s_q̄a) (the q̄ q g g
        // colour-ordered amplitudes, T = λ/2; the formula of LeadingColourFlowsTest)
        double g2 = 4 * Math.PI * MODEL.alphaS();
        MatrixElement me =
                new MatrixElement(ProcessSyntax.subprocesses("u u~ > g g").get(0), MODEL);
        OrderedColourSum fast = me.orderedSum();
        SplittableRandom rng = new RandomStreams(23).stream(2);
        for (int k = 0; k < 3; k++) {
            FourMomentum[] p =
                    Points.generate(100 + 900 * rng.nextDouble(), 0, 0, new double[2], rng);
            double[] w = weights(fast, me.momentumArrays(p));
            double[][] s = LeadingColourFlowsTest.invariants(p, 2);
            for (int f = 0; f < 2; f++) {
                int[] order = fast.order(f);
                double adjacent = s[1][order[1]];
                double other = s[1][order[2]];
                double expected =
                        8
                                * g2
                                * g2
                                * other
                                * (other * other + adjacent * adjacent)
                                / (s[0][1] * s[0][1] * adjacent);
                assertEquals(expected, w[f], 1e-10 * expected, "flow " + f);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"g g > t t~ g", "d g > d g g", "g g > g g g", "u u~ > g g"})
    void everyPartialAmplitudeIsGaugeInvariant(String process) {
        // ε → ε + c k on one gluon changes A_σ by c A_σ(ε → k), which must vanish for each σ;
        // with Γ_t = 0, as the fixed width of s-channel tops breaks the identity at O(m_t Γ_t/(p² −
        // m_t²)) (GaugeInvarianceTest)
        AmplitudeModel model = MODEL.with("WT", 0);
        MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), model);
        OrderedColourSum fast = me.orderedSum();
        int[] crossed = me.crossedIds();
        double[] masses = finalMasses(me, model, 2);
        double[][] p =
                me.momentumArrays(
                        PhaseSpacePoints.random(1000, masses, new RandomStreams(23).stream(3)));
        double scale = largest(fast.amplitudes(p, -1));
        for (int leg = 0; leg < crossed.length; leg++) {
            if (crossed[leg] == 21) {
                double probe = largest(fast.amplitudes(p, leg));
                assertTrue(probe < 1e-10 * scale, process + " gluon " + leg + ": " + probe / scale);
            }
        }
    }

    /** The masses of the process's final-state particles (after its nIn incoming ones). */
    private static double[] finalMasses(MatrixElement me, AmplitudeModel model, int nIn) {
        int[] crossed = me.crossedIds();
        double[] masses = new double[crossed.length - nIn];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = model.mass(Math.abs(crossed[nIn + i]));
        }
        return masses;
    }

    private static double largest(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** Σ_h |A_σ(h)|² per flow. */
    private static double[] weights(OrderedColourSum fast, double[][] p) {
        double[] a = fast.amplitudes(p, -1);
        int flows = fast.flowCount();
        double[] w = new double[flows];
        for (int at = 0; at < a.length; at += 2) {
            w[(at / 2) % flows] += a[at] * a[at] + a[at + 1] * a[at + 1];
        }
        return w;
    }
}
