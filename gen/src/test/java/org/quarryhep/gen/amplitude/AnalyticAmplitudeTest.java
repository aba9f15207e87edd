package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.testkit.Requirements;

/**
 * The recursion against textbook closed forms: the massless 2 → 2 QCD table of Ellis, Stirling and
 * Webber, "QCD and Collider Physics", Table 7.1 (Σ̄|M|²/g⁴ without the identical-particle factor,
 * so it is applied here by hand), the direct-photon q q̄ → γ g result (Owens, Rev. Mod. Phys. 59
 * (1987) 465), and the Parke–Taylor MHV formula for five gluons (Mangano and Parke, Phys. Rept. 200
 * (1991) 301: for n ≤ 5 gluons the leading-colour sum Σ|M|² = g^{2n−4} N^{n−2}(N²−1) Σ_hel
 * Σ_{σ∈S_n/Z_n} |A(σ)|² is exact, with |A_MHV|² = s_ij⁴/∏|s_{σ_k σ_k+1}|). All to relative 1e-10 at
 * random points.
 */
class AnalyticAmplitudeTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();
    private static final double TOLERANCE = 1e-10;

    private static void check2to2(String process, double identical, DoubleBinaryOperator formula) {
        MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), MODEL);
        SplittableRandom rng = new RandomStreams(7).stream(process.hashCode());
        double g4 = Math.pow(4 * Math.PI * MODEL.alphaS(), 2);
        for (int i = 0; i < 4; i++) {
            double sqrtS = 20 + 1000 * rng.nextDouble();
            FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {0, 0}, rng);
            double t = p[0].minus(p[2]).m2();
            double u = p[0].minus(p[3]).m2();
            double expected = identical * g4 * formula.applyAsDouble(t, u);
            assertEquals(expected, me.squared(p), TOLERANCE * Math.abs(expected), process);
        }
    }

    private static double s(double t, double u) {
        return -t - u;
    }

    @Test
    void quarkScatteringMatchesTheTextbookTable() {
        check2to2("u d > u d", 1, (t, u) -> 4.0 / 9 * (sq(s(t, u)) + u * u) / (t * t));
        check2to2(
                "u u > u u",
                0.5,
                (t, u) -> {
                    double s = s(t, u);
                    return 4.0 / 9 * ((s * s + u * u) / (t * t) + (s * s + t * t) / (u * u))
                            - 8.0 / 27 * s * s / (u * t);
                });
        check2to2("u u~ > d d~", 1, (t, u) -> 4.0 / 9 * (t * t + u * u) / sq(s(t, u)));
        check2to2(
                "d d~ > d d~",
                1,
                (t, u) -> {
                    double s = s(t, u);
                    return 4.0 / 9 * ((s * s + u * u) / (t * t) + (t * t + u * u) / (s * s))
                            - 8.0 / 27 * u * u / (s * t);
                });
    }

    @Test
    void gluonProcessesMatchTheTextbookTable() {
        check2to2(
                "u u~ > g g",
                0.5,
                (t, u) ->
                        32.0 / 27 * (t * t + u * u) / (t * u)
                                - 8.0 / 3 * (t * t + u * u) / sq(s(t, u)));
        check2to2(
                "g g > d d~",
                1,
                (t, u) ->
                        1.0 / 6 * (t * t + u * u) / (t * u)
                                - 3.0 / 8 * (t * t + u * u) / sq(s(t, u)));
        check2to2(
                "u g > u g",
                1,
                (t, u) -> {
                    double s = s(t, u);
                    return -4.0 / 9 * (s * s + u * u) / (s * u) + (u * u + s * s) / (t * t);
                });
        check2to2(
                "g g > g g",
                0.5,
                (t, u) -> {
                    double s = s(t, u);
                    return 4.5 * (3 - t * u / (s * s) - s * u / (t * t) - s * t / (u * u));
                });
    }

    @Test
    void quarkAntiquarkToPhotonGluonMatchesTheTextbook() {
        // Σ̄|M|² = e² e_q² g² · 8/9 (t² + u²)/(t u); e from α = 1/aEWM1 (G_μ scheme inputs)
        double e2 = 4 * Math.PI * MODEL.sm().alpha();
        double gs2 = 4 * Math.PI * MODEL.alphaS();
        double eq2 = 4.0 / 9;
        MatrixElement me =
                new MatrixElement(ProcessSyntax.subprocesses("u u~ > a g").get(0), MODEL);
        SplittableRandom rng = new RandomStreams(7).stream(3);
        for (int i = 0; i < 4; i++) {
            FourMomentum[] p =
                    Points.generate(50 + 500 * rng.nextDouble(), 0, 0, new double[] {0, 0}, rng);
            double t = p[0].minus(p[2]).m2();
            double u = p[0].minus(p[3]).m2();
            double expected = e2 * eq2 * gs2 * 8.0 / 9 * (t * t + u * u) / (t * u);
            assertEquals(expected, me.squared(p), TOLERANCE * expected);
        }
    }

    @Test
    void fiveGluonsMatchParkeTaylor() {
        // about 15 s per point on one core: the colour sum runs over 8^4 adjoint assignments
        Requirements.validationProfile();
        MatrixElement me =
                new MatrixElement(ProcessSyntax.subprocesses("g g > g g g").get(0), MODEL);
        SplittableRandom rng = new RandomStreams(7).stream(5);
        double g2 = 4 * Math.PI * MODEL.alphaS();
        for (int i = 0; i < 2; i++) {
            FourMomentum[] p = Points.generate(500, 0, 0, new double[] {0, 0, 0}, rng);
            // all-outgoing momenta: incoming ones enter with a minus sign
            FourMomentum[] k = p.clone();
            double[][] sij = new double[5][5];
            for (int a = 0; a < 5; a++) {
                for (int b = 0; b < 5; b++) {
                    FourMomentum ka = a < 2 ? p[a].times(-1) : p[a];
                    FourMomentum kb = b < 2 ? p[b].times(-1) : p[b];
                    sij[a][b] = ka.plus(kb).m2();
                }
            }
            double numerator = 0;
            for (int a = 0; a < 5; a++) {
                for (int b = a + 1; b < 5; b++) {
                    numerator += Math.pow(sij[a][b], 4);
                }
            }
            double denominators = 0;
            for (int[] perm : permutationsOf(new int[] {1, 2, 3, 4})) {
                int[] o = {0, perm[0], perm[1], perm[2], perm[3]};
                double prod = 1;
                for (int c = 0; c < 5; c++) {
                    prod *= Math.abs(sij[o[c]][o[(c + 1) % 5]]);
                }
                denominators += 1 / prod;
            }
            // MHV and anti-MHV configurations; N^3 (N^2 - 1) = 216; average 1/256; 1/3! identical
            double summed = Math.pow(g2, 3) * 216 * 2 * numerator * denominators;
            double expected = summed / 256 / 6;
            assertEquals(expected, me.squared(k), TOLERANCE * expected);
        }
    }

    private static java.util.List<int[]> permutationsOf(int[] a) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        permute(a, 0, out);
        return out;
    }

    private static void permute(int[] a, int k, java.util.List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
