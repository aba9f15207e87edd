package org.quarryhep.analysis.kinematics;

import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Mt2BisectionTest {
    private static final double PRECISION = 1e-12;

    /**
     * The Oxbridge Stransverse Mass Library's example event (Lester &amp; Barr): the Python {@code
     * mt2} package (a wrapper of Lester &amp; Nachman's bisection) documents "Expected mT2 =
     * 412.628" for it, given to 3 decimals, so the tolerance is half a unit in the last place. (The
     * Oxbridge library's older minimiser prints 412.628838, 1.2e-3 above the minimum that the
     * brute-force search below also finds.)
     */
    @Test
    void oxbridgeLibraryExampleEvent() {
        double mt2 =
                Mt2Bisection.mt2(100, 410, 20, 150, -210, -300, -200, 280, 100, 100, PRECISION);
        assertClose(412.628, mt2, 0, 5e-4);
        double brute = BruteForceMt2.mt2(100, 410, 20, 150, -210, -300, -200, 280, 100, 100);
        assertClose(brute, mt2, 1e-9, 0);
    }

    /**
     * Without upstream momentum (p⃗_miss = −p⃗_A − p⃗_B) and equal invisible masses χ, the balanced
     * M_T2 has a closed form (Lester &amp; Barr arXiv:0708.1028; Cho, Choi, Kim &amp; Park
     * arXiv:0709.0288): M_T2² = χ² + A_T + √((1 + 4χ²/(2A_T − m_A² − m_B²))(A_T² − m_A²m_B²)), A_T
     * = E_TA E_TB + p⃗_TA·p⃗_TB. Events are drawn where the balanced solution applies (checked by
     * brute force as well).
     */
    @Test
    void closedFormWithoutUpstreamMomentum() {
        SplittableRandom rng = new SplittableRandom(11);
        int checked = 0;
        for (int i = 0; i < 200 && checked < 40; i++) {
            double ma = rng.nextDouble(0, 80);
            double mb = rng.nextDouble(0, 80);
            double chi = rng.nextDouble(0, 150);
            double pax = rng.nextDouble(-200, 200);
            double pay = rng.nextDouble(-200, 200);
            double pbx = rng.nextDouble(-200, 200);
            double pby = rng.nextDouble(-200, 200);
            double eta = Math.sqrt(ma * ma + pax * pax + pay * pay);
            double etb = Math.sqrt(mb * mb + pbx * pbx + pby * pby);
            double at = eta * etb + pax * pbx + pay * pby;
            double closed =
                    Math.sqrt(
                            chi * chi
                                    + at
                                    + Math.sqrt(
                                            (1 + 4 * chi * chi / (2 * at - ma * ma - mb * mb))
                                                    * (at * at - ma * ma * mb * mb)));
            double brute =
                    BruteForceMt2.mt2(ma, pax, pay, mb, pbx, pby, -pax - pbx, -pay - pby, chi, chi);
            if (!Double.isFinite(closed) || Math.abs(closed - brute) > 1e-6 * closed) {
                continue; // an unbalanced event: the closed form does not apply
            }
            double mt2 =
                    Mt2Bisection.mt2(
                            ma,
                            pax,
                            pay,
                            mb,
                            pbx,
                            pby,
                            -pax - pbx,
                            -pay - pby,
                            chi,
                            chi,
                            PRECISION);
            // Closed form vs bisection to 1e-9: the bisection's target precision plus rounding
            // in the ellipse test near tangency.
            assertClose(closed, mt2, 1e-9, 1e-9);
            checked++;
        }
        assertClose(40, checked, 0, 0);
    }

    /**
     * Random asymmetric events (different visible and invisible masses, upstream momentum) against
     * a brute-force minimisation of max(m_T,A, m_T,B) over the split of p⃗_miss.
     */
    @Test
    void agreesWithBruteForceMinimisation() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 60; i++) {
            double ma = rng.nextDouble() < 0.2 ? 0 : rng.nextDouble(0, 100);
            double mb = rng.nextDouble(0, 100);
            double chiA = rng.nextDouble(0, 120);
            double chiB = rng.nextDouble() < 0.5 ? chiA : rng.nextDouble(0, 120);
            double[] p = new double[6];
            for (int k = 0; k < 6; k++) {
                p[k] = rng.nextDouble(-250, 250);
            }
            double brute =
                    BruteForceMt2.mt2(ma, p[0], p[1], mb, p[2], p[3], p[4], p[5], chiA, chiB);
            double mt2 =
                    Mt2Bisection.mt2(
                            ma, p[0], p[1], mb, p[2], p[3], p[4], p[5], chiA, chiB, PRECISION);
            // The brute-force grid refines to ~1e-9 GeV in q; 1e-7 relative covers it.
            assertClose(brute, mt2, 1e-7, 1e-6);
        }
    }

    /**
     * Massless visible particles and χ = 0: M_T2 = 0 exactly when p⃗_miss lies in the cone spanned
     * by p⃗_A and p⃗_B (each invisible particle can be parallel to its visible partner, making both
     * m_T zero). The 10⁻⁵ p_T mass given to massless systems allows M_T2 up to ~2·10⁻⁵ p_T.
     */
    @Test
    void zeroWhenMissingMomentumIsInsideTheVisibleCone() {
        double mt2 = Mt2Bisection.mt2(0, 50, 0, 0, 0, 40, 30, 20, 0, 0, PRECISION);
        assertClose(0, mt2, 0, 2e-3);
        double outside = Mt2Bisection.mt2(0, 50, 0, 0, 0, 40, -30, -20, 0, 0, PRECISION);
        assertClose(BruteForceMt2.mt2(0, 50, 0, 0, 0, 40, -30, -20, 0, 0), outside, 1e-6, 1e-3);
    }

    /** With nothing visible on one side, that side's m_T is its invisible mass whatever q⃗. */
    @Test
    void emptySideGivesTheOtherSidesMinimum() {
        assertClose(70, Mt2Bisection.mt2(0, 0, 0, 20, 30, 40, 5, 5, 10, 50, PRECISION), 1e-15, 0);
    }

    /**
     * Edge cases (zero missing momentum, parallel and antiparallel systems, a zero-p_T massive
     * system, scales from 10⁻³ to 10⁴ GeV): the result agrees with the brute-force minimum and is
     * never below max(m_A + χ_A, m_B + χ_B), the smallest value either m_T can take.
     */
    @Test
    void edgeCasesStayWithinTheirBounds() {
        double[][] cases = {
            {10, 30, 0, 10, -30, 0, 0, 0, 0, 0},
            {0, 30, 0, 0, 60, 0, 10, 0, 0, 0},
            {0, 30, 0, 0, 60, 0, -10, 0, 50, 50},
            {5, 0, 0, 20, 40, 40, 10, -5, 0, 30},
            {1e-3, 2e-3, 1e-3, 1e-3, -1e-3, 2e-3, 1e-3, 1e-3, 0, 0},
            {500, 9000, -4000, 300, -7000, 8000, 1000, -2000, 1000, 10},
            {0.1, 50, 0, 0.1, 50, 0, -100, 0, 0, 0},
        };
        for (double[] c : cases) {
            double mt2 =
                    Mt2Bisection.mt2(
                            c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], PRECISION);
            double brute =
                    BruteForceMt2.mt2(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
            double scale = Math.abs(c[1]) + Math.abs(c[2]) + Math.abs(c[4]) + Math.abs(c[5]) + 1e-3;
            assertClose(brute, mt2, 1e-7, 1e-5 * scale);
            org.junit.jupiter.api.Assertions.assertTrue(
                    mt2 >= Math.max(c[0] + c[8], c[3] + c[9]) * (1 - 1e-12),
                    java.util.Arrays.toString(c));
        }
    }
}
