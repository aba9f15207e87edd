package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.testkit.Requirements;

/**
 * The colour-ordered amplitudes A_σ that {@link LeadingColourFlows} extracts from the
 * explicit-colour recursion, against independent formulas:
 *
 * <ul>
 *   <li>Parke–Taylor (Parke and Taylor, PRL 56 (1986) 2459; normalisation as in Dixon,
 *       hep-ph/9601359, with Tr(T'T') = δ, so A_σ = 2^{n/2} g^{n−2} A'_σ for our T = λ/2): every
 *       non-vanishing n = 4, 5 gluon amplitude is MHV or anti-MHV, |A'_σ|² = s_ij⁴/∏_σ s_{k,k+1};
 *   <li>q̄ q g g (Dixon, eq. for A(1_q̄, 2_q, 3, 4)): Σ_h |A'|² = 2 s₁₃(s₁₃² + s₁₄²)/(s₁₂² s₁₄),
 *       gluon 3 the quark's neighbour, 4 the antiquark's;
 *   <li>the colour sums: for 4 and 5 gluons Σ_colours|M|² = N^{n−2}(N² − 1)/2ⁿ Σ_σ|A_σ|² exactly
 *       (no subleading terms at tree level for n ≤ 5); for q q̄ g g, with the colour algebra
 *       (T^aT^b T^bT^a → C_F²N, T^aT^bT^aT^b → −C_F/2), C_F²N(|A₁₂|² + |A₂₁|²) − C_F Re A₁₂A₂₁*;
 *       for any process, Σ_{σ,τ} A_σA_τ* Σ_colours c_σ c_τ* with the chain colour factors c_σ
 *       computed from the Gell-Mann matrices over the full colour space (diagonal gluon states
 *       included, which the fit never sees) — each against the recursion's exact colour sum.
 * </ul>
 */
class LeadingColourFlowsTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();
    private static final double TOLERANCE = 1e-10;
    private static final double G2 = 4 * Math.PI * MODEL.alphaS();

    @Test
    void fourGluonFlowsMatchParkeTaylorAndTheExactColourSum() {
        MatrixElement me = me("g g > g g");
        LeadingColourFlows flows = me.leadingColourFlows();
        assertEquals(6, flows.flowCount());
        SplittableRandom rng = new RandomStreams(19).stream(1);
        for (int i = 0; i < 3; i++) {
            FourMomentum[] p =
                    Points.generate(300 + 700 * rng.nextDouble(), 0, 0, massless(2), rng);
            double[] w = flows.amplitudes(p).weights();
            double[][] s = invariants(p, 2);
            double total = 0;
            for (int f = 0; f < 6; f++) {
                double expected =
                        Math.pow(G2, 2) * 16 * mhvNumerator(s) / cyclic(s, flows.order(f));
                assertEquals(expected, w[f], TOLERANCE * expected);
                total += w[f];
            }
            // N²(N² − 1)/2⁴ = 4.5; average 1/256; identical gluons 1/2
            assertEquals(me.squared(p), 4.5 * total / 256 / 2, TOLERANCE * me.squared(p));
        }
    }

    @Test
    void fiveGluonFlowsMatchParkeTaylor() {
        MatrixElement me = me("g g > g g g");
        LeadingColourFlows flows = me.leadingColourFlows();
        assertEquals(24, flows.flowCount());
        SplittableRandom rng = new RandomStreams(19).stream(2);
        FourMomentum[] p = Points.generate(600, 0, 0, massless(3), rng);
        double[] w = flows.amplitudes(p).weights();
        double[][] s = invariants(p, 2);
        for (int f = 0; f < 24; f++) {
            // MHV and anti-MHV: twice the sum over pairs
            double expected =
                    Math.pow(G2, 3) * 32 * 2 * mhvNumerator(s) / cyclic(s, flows.order(f));
            assertEquals(expected, w[f], TOLERANCE * expected);
        }
    }

    @Test
    void fiveGluonLeadingColourSumIsTheExactOne() {
        // the exact colour sum of five gluons: 0.3 s of CPU per point, seconds on a loaded machine
        Requirements.validationProfile();
        MatrixElement me = me("g g > g g g");
        SplittableRandom rng = new RandomStreams(19).stream(3);
        FourMomentum[] p = Points.generate(600, 0, 0, massless(3), rng);
        double total = 0;
        for (double x : me.leadingColourFlows().amplitudes(p).weights()) {
            total += x;
        }
        // N³(N² − 1)/2⁵ = 6.75; average 1/256; identical gluons 1/3!
        assertEquals(me.squared(p), 6.75 * total / 256 / 6, TOLERANCE * me.squared(p));
    }

    @Test
    void quarkPairTwoGluonFlowsMatchTheColourOrderedFormula() {
        MatrixElement me = me("u u~ > g g");
        LeadingColourFlows flows = me.leadingColourFlows();
        assertEquals(2, flows.flowCount());
        SplittableRandom rng = new RandomStreams(19).stream(4);
        for (int i = 0; i < 3; i++) {
            FourMomentum[] p =
                    Points.generate(100 + 900 * rng.nextDouble(), 0, 0, massless(2), rng);
            LeadingColourFlows.Amplitudes a = flows.amplitudes(p);
            double[] w = a.weights();
            double[][] s = invariants(p, 2);
            for (int f = 0; f < 2; f++) {
                int[] order = flows.order(f);
                // the crossed antiquark (u~, slot 1) first, then the gluons, then the quark (u)
                assertArrayEquals(new int[] {1, 0}, new int[] {order[0], order[3]});
                double adjacent = s[1][order[1]];
                double other = s[1][order[2]];
                double expected =
                        G2
                                * G2
                                * 4
                                * 2
                                * other
                                * (sq(other) + sq(adjacent))
                                / (sq(s[0][1]) * adjacent);
                assertEquals(expected, w[f], TOLERANCE * expected);
            }
            double cf = 4.0 / 3;
            double interference = 0;
            for (int h = 0; h < a.re().length; h++) {
                interference += a.re()[h][0] * a.re()[h][1] + a.im()[h][0] * a.im()[h][1];
            }
            double summed = cf * cf * 3 * (w[0] + w[1]) - cf * interference;
            assertEquals(me.squared(p), summed / 36 / 2, TOLERANCE * me.squared(p));
        }
    }

    @Test
    void flowsReproduceTheFullColourSum() {
        SplittableRandom rng = new RandomStreams(19).stream(5);
        String[] processes = {"g g > t t~ g", "u u~ > e+ e- g g", "d g > d g", "g g > g g"};
        for (String process : processes) {
            MatrixElement me = me(process);
            LeadingColourFlows flows = me.leadingColourFlows();
            int[] crossed = me.crossedIds();
            boolean tops = process.contains("t t~");
            double[] masses = tops ? new double[] {173, 173, 0} : massless(crossed.length - 2);
            FourMomentum[] p = Points.generate(900, 0, 0, masses, rng);
            LeadingColourFlows.Amplitudes a = flows.amplitudes(p);
            assertTrue(a.residual() < 1e-12, process + ": residual " + a.residual());
            double summed = ExplicitColourSum.of(crossed, flows, a);
            double exact = me.squared(p) * average(me, crossed) / symmetry(process);
            assertEquals(exact, summed, TOLERANCE * exact, process);
        }
    }

    @Test
    void flowsAreDrawnWithTheirLeadingColourShares() {
        MatrixElement me = me("g g > g g");
        LeadingColourFlows flows = me.leadingColourFlows();
        SplittableRandom rng = new RandomStreams(19).stream(6);
        FourMomentum[] p = Points.generate(500, 0, 0, massless(2), rng);
        double[] w = flows.amplitudes(p).weights();
        double total = 0;
        for (double x : w) {
            total += x;
        }
        // the event path (a draw's colour tags; ~3 ms each, as every event computes its flows'
        // weights) and the flow choice alone, many times
        int[] events = new int[w.length];
        for (int k = 0; k < 1_000; k++) {
            int[][] tags = me.colourTags(me.sample(p, rng, false), 501, rng);
            events[flowOf(flows, tags)]++;
        }
        int[] picks = new int[w.length];
        for (int k = 0; k < 200_000; k++) {
            picks[LeadingColourFlows.pick(w, rng)]++;
        }
        for (int[] counts : new int[][] {events, picks}) {
            int draws = java.util.Arrays.stream(counts).sum();
            for (int f = 0; f < w.length; f++) {
                double share = w[f] / total;
                double sigma = Math.sqrt(draws * share * (1 - share));
                assertEquals(draws * share, counts[f], 5 * sigma, "flow " + f + " of " + draws);
            }
        }
    }

    @Test
    void colourOrderedAmplitudesFactoriseWhenAGluonIsSoft() {
        // A_{n+1}(…, a, s, b, …) → √2 g Soft(a, s, b) A_n(…, a, b, …) with Σ_{h_s}|Soft|² =
        // 2 s_ab/(s_as s_sb) (Dixon, hep-ph/9601359, in his T' normalisation; ours has A = 2^{n/2}
        // g^{n−2} A'): per flow, Σ_h|A_σ|² → 4g² s_ab/(s_as s_sb) Σ_h|A_{σ∖s}|² — the
        // colour-ordered form of the colour-correlated eikonal factor; corrections O(k/√s)
        String[][] pairs = {{"u u~ > g g", "u u~ > g g g"}, {"g g > g g", "g g > g g g"}};
        for (String[] pair : pairs) {
            LeadingColourFlows born = me(pair[0]).leadingColourFlows();
            LeadingColourFlows real = me(pair[1]).leadingColourFlows();
            double sqrtS = 400;
            FourMomentum pa = FourMomentum.ofPxPyPzE(0, 0, sqrtS / 2, sqrtS / 2);
            FourMomentum pb = FourMomentum.ofPxPyPzE(0, 0, -sqrtS / 2, sqrtS / 2);
            double lambda = 1e-6 * sqrtS;
            FourMomentum k =
                    FourMomentum.ofPxPyPzE(0.6 * lambda, -0.48 * lambda, 0.64 * lambda, lambda);
            FourMomentum[] b = Points.split(pa.plus(pb), 0, 0, 0.3, 1.2);
            FourMomentum[] r = Points.split(pa.plus(pb).minus(k), 0, 0, 0.3, 1.2);
            FourMomentum[] realPoint = {pa, pb, r[0], r[1], k};
            double[] wBorn = born.amplitudes(new FourMomentum[] {pa, pb, b[0], b[1]}).weights();
            double[] wReal = real.amplitudes(realPoint).weights();
            double[][] s = invariants(realPoint, 2);
            for (int f = 0; f < real.flowCount(); f++) {
                int[] order = real.order(f);
                int at = 0;
                while (order[at] != 4) {
                    at++;
                }
                int a = order[(at + order.length - 1) % order.length];
                int c = order[(at + 1) % order.length];
                int[] reduced = new int[order.length - 1];
                for (int i = 0, j = 0; i < order.length; i++) {
                    if (order[i] != 4) {
                        reduced[j++] = order[i];
                    }
                }
                int match = -1;
                for (int g = 0; g < born.flowCount(); g++) {
                    match = java.util.Arrays.equals(born.order(g), reduced) ? g : match;
                }
                double eikonal = 4 * G2 * s[a][c] / (s[a][4] * s[4][c]);
                assertEquals(1, wReal[f] / (eikonal * wBorn[match]), 1e-4, pair[1] + " flow " + f);
            }
        }
    }

    @Test
    void processesOutsideTheChainFormFallBack() {
        assertNull(me("u d > u d g").leadingColourFlows(), "two quark lines");
        assertNull(me("u u~ > e+ e-").leadingColourFlows(), "a single flow");
        assertNull(
                new MatrixElement(
                                ProcessSyntax.subprocesses("g g > t t~").get(0),
                                MODEL.withScalar(new ScalarResonance(500, 20, 1, false)))
                        .leadingColourFlows(),
                "the g g S vertex's δ^{ab}");
        assertNotNull(me("g g > t t~").leadingColourFlows());
    }

    private static int flowOf(LeadingColourFlows flows, int[][] tags) {
        for (int f = 0; f < flows.flowCount(); f++) {
            if (java.util.Arrays.deepEquals(flows.tags(f, 501), tags)) {
                return f;
            }
        }
        throw new AssertionError("tags of no flow: " + java.util.Arrays.deepToString(tags));
    }

    private static MatrixElement me(String process) {
        return new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
    }

    private static double[] massless(int k) {
        return new double[k];
    }

    /** |s_ij| with all momenta outgoing (incoming ones reversed). */
    static double[][] invariants(FourMomentum[] p, int nIn) {
        int n = p.length;
        double[][] s = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                FourMomentum ka = a < nIn ? p[a].times(-1) : p[a];
                FourMomentum kb = b < nIn ? p[b].times(-1) : p[b];
                s[a][b] = Math.abs(ka.plus(kb).m2());
            }
        }
        return s;
    }

    static double mhvNumerator(double[][] s) {
        double sum = 0;
        for (int a = 0; a < s.length; a++) {
            for (int b = a + 1; b < s.length; b++) {
                sum += Math.pow(s[a][b], 4);
            }
        }
        return sum;
    }

    static double cyclic(double[][] s, int[] order) {
        double prod = 1;
        for (int k = 0; k < order.length; k++) {
            prod *= s[order[k]][order[(k + 1) % order.length]];
        }
        return prod;
    }

    private static double average(MatrixElement me, int[] crossed) {
        double a = 1;
        for (int i = 0; i < me.incomingCount(); i++) {
            a *= me.helicityCount(i) * Particle.byPdg(crossed[i]).colour();
        }
        return a;
    }

    private static double symmetry(String process) {
        return ProcessSyntax.subprocesses(process).get(0).symmetryFactor();
    }

    private static double sq(double x) {
        return x * x;
    }
}
