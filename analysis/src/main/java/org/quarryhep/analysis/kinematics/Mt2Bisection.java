package org.quarryhep.analysis.kinematics;

/**
 * The stransverse mass M_T2 (Lester &amp; Summers, hep-ph/9906349; Barr, Lester &amp; Stephens,
 * hep-ph/0304226) for two visible systems and two invisible particles of possibly different masses,
 * by bisection in the trial mass (Cheng &amp; Han, arXiv:0810.5178; Lester &amp; Nachman,
 * arXiv:1411.4312).
 *
 * <p>For a trial value μ the invisible momenta q⃗ with m_T(visible A, q⃗) ≤ μ fill an ellipse, and
 * those with m_T(visible B, p⃗_miss − q⃗) ≤ μ fill another; M_T2 is the smallest μ at which the two
 * ellipses meet. Whether they meet is decided exactly: the minimum of B's quadratic form over A's
 * ellipse is found through its Lagrange condition, (A_B + λA_A) q⃗ = −(b_B + λb_A), whose
 * constraint value is monotonic in λ, so a safeguarded Newton search (bisection whenever a step
 * would leave the bracket) finds it. A massless visible system makes its region an unbounded
 * parabola; its mass is raised to 10⁻⁵ p_T, which moves M_T2 by less than 10⁻⁹ relative for such
 * systems (an electron's mass at 50 GeV is already that size).
 */
public final class Mt2Bisection {
    private static final double MIN_MASS_FRACTION = 1e-5;
    private static final int MAX_ITERATIONS = 200;

    private Mt2Bisection() {}

    /**
     * M_T2 for two visible systems and the missing transverse momentum.
     *
     * @param massA visible mass of side A, GeV (≥ 0)
     * @param pxA p_x of side A, GeV
     * @param pyA p_y of side A, GeV
     * @param massB visible mass of side B, GeV (≥ 0)
     * @param pxB p_x of side B, GeV
     * @param pyB p_y of side B, GeV
     * @param pxMiss missing p_x, GeV
     * @param pyMiss missing p_y, GeV
     * @param chiA invisible test mass on side A, GeV (≥ 0)
     * @param chiB invisible test mass on side B, GeV (≥ 0)
     * @param relativePrecision the relative precision of the result (e.g. 1e-10)
     * @return M_T2, GeV; NaN when an input is not finite
     * @throws IllegalArgumentException when a mass is negative or the precision is not in (0, 1)
     */
    public static double mt2(
            double massA,
            double pxA,
            double pyA,
            double massB,
            double pxB,
            double pyB,
            double pxMiss,
            double pyMiss,
            double chiA,
            double chiB,
            double relativePrecision) {
        if (massA < 0 || massB < 0 || chiA < 0 || chiB < 0) {
            throw new IllegalArgumentException(
                    "masses must be >= 0, got " + massA + ", " + massB + ", " + chiA + ", " + chiB);
        }
        if (!(relativePrecision > 0 && relativePrecision < 1)) {
            throw new IllegalArgumentException(
                    "relative precision must be in (0, 1), got " + relativePrecision);
        }
        double[] all = {massA, pxA, pyA, massB, pxB, pyB, pxMiss, pyMiss, chiA, chiB};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        if (massA == 0 && pxA == 0 && pyA == 0) {
            // Nothing visible on side A: its m_T is χ_A whatever q⃗, and B's invisible particle
            // is free, so B reaches its minimum m_B + χ_B.
            return Math.max(chiA, massB + chiB);
        }
        if (massB == 0 && pxB == 0 && pyB == 0) {
            return Math.max(chiB, massA + chiA);
        }
        double mA = Math.max(massA, MIN_MASS_FRACTION * Math.hypot(pxA, pyA));
        double mB = Math.max(massB, MIN_MASS_FRACTION * Math.hypot(pxB, pyB));
        Side a = new Side(mA, pxA, pyA, chiA);
        Side b = new Side(mB, pxB, pyB, chiB);
        double lo = Math.max(mA + chiA, mB + chiB);
        // Any split bounds M_T2 from above; half the missing momentum to each side is one.
        double hi =
                Math.max(
                        a.transverseMass(pxMiss / 2, pyMiss / 2),
                        b.transverseMass(pxMiss / 2, pyMiss / 2));
        if (hi <= lo) {
            return lo;
        }
        for (int i = 0; i < MAX_ITERATIONS && hi - lo > relativePrecision * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (ellipsesMeet(a.ellipse(mid), b.ellipse(mid).mirrored(pxMiss, pyMiss))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** One visible system and its invisible partner. */
    private record Side(double m, double px, double py, double chi) {
        double transverseMass(double qx, double qy) {
            double et = Math.sqrt(m * m + px * px + py * py);
            double eChi = Math.sqrt(chi * chi + qx * qx + qy * qy);
            double mt2 = m * m + chi * chi + 2 * (et * eChi - px * qx - py * qy);
            return Math.sqrt(Math.max(0, mt2));
        }

        /**
         * The region m_T ≤ μ in the invisible momentum q⃗: with C = (μ² − m² − χ²)/2 ≥ mχ it is
         * E_T²(χ² + q²) ≤ (C + p⃗·q⃗)², a quadratic form q·Aq + 2b·q + c ≤ 0.
         */
        Conic ellipse(double mu) {
            double et2 = m * m + px * px + py * py;
            double c = 0.5 * (mu * mu - m * m - chi * chi);
            return new Conic(
                    et2 - px * px,
                    -px * py,
                    et2 - py * py,
                    -c * px,
                    -c * py,
                    et2 * chi * chi - c * c);
        }
    }

    /** The quadratic form q·Aq + 2b·q + c with symmetric A = [[axx, axy], [axy, ayy]]. */
    private record Conic(double axx, double axy, double ayy, double bx, double by, double c) {
        double value(double x, double y) {
            return axx * x * x + 2 * axy * x * y + ayy * y * y + 2 * (bx * x + by * y) + c;
        }

        /** The same region in q⃗' = k⃗ − q⃗ (the other invisible particle). */
        Conic mirrored(double kx, double ky) {
            double akx = axx * kx + axy * ky;
            double aky = axy * kx + ayy * ky;
            return new Conic(
                    axx,
                    axy,
                    ayy,
                    -(akx + bx),
                    -(aky + by),
                    kx * akx + ky * aky + 2 * (bx * kx + by * ky) + c);
        }

        /** The minimum point −A⁻¹b. */
        double[] centre() {
            return solve(axx, axy, ayy, -bx, -by);
        }
    }

    private static double[] solve(double axx, double axy, double ayy, double rx, double ry) {
        double det = axx * ayy - axy * axy;
        return new double[] {(ayy * rx - axy * ry) / det, (axx * ry - axy * rx) / det};
    }

    /** Whether {e1 ≤ 0} and {e2 ≤ 0} (both non-empty, bounded) intersect. */
    private static boolean ellipsesMeet(Conic e1, Conic e2) {
        double[] c1 = e1.centre();
        if (e2.value(c1[0], c1[1]) <= 0) {
            return true;
        }
        double[] c2 = e2.centre();
        if (e1.value(c2[0], c2[1]) <= 0) {
            return true;
        }
        // Minimise e2 over the boundary of e1: q(λ) = −(A2 + λA1)⁻¹(b2 + λb1); h = e1(q(λ)) falls
        // from e1(c2) > 0 at λ = 0 to e1(c1) < 0 as λ → ∞. Work in t = λ/(1 + λ) ∈ (0, 1),
        // multiplying through by 1 − t so nothing overflows, and find h(t) = 0 by Newton steps,
        // with bisection of the bracket whenever a step would leave it.
        double tLo = 0;
        double tHi = 1;
        double t = 0.5;
        double dxx = e1.axx - e2.axx;
        double dxy = e1.axy - e2.axy;
        double dyy = e1.ayy - e2.ayy;
        double dbx = e1.bx - e2.bx;
        double dby = e1.by - e2.by;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double u = 1 - t;
            double mxx = u * e2.axx + t * e1.axx;
            double mxy = u * e2.axy + t * e1.axy;
            double myy = u * e2.ayy + t * e1.ayy;
            double[] q = solve(mxx, mxy, myy, -(u * e2.bx + t * e1.bx), -(u * e2.by + t * e1.by));
            double g1 = e1.value(q[0], q[1]);
            if (g1 <= 0 && e2.value(q[0], q[1]) <= 0) {
                return true;
            }
            if (g1 > 0) {
                tLo = t;
            } else {
                tHi = t;
            }
            // dq/dt = −M⁻¹((A1 − A2) q + (b1 − b2)); dh/dt = ∇e1(q) · dq/dt.
            double[] dq =
                    solve(
                            mxx,
                            mxy,
                            myy,
                            -(dxx * q[0] + dxy * q[1] + dbx),
                            -(dxy * q[0] + dyy * q[1] + dby));
            double slope =
                    2 * (e1.axx * q[0] + e1.axy * q[1] + e1.bx) * dq[0]
                            + 2 * (e1.axy * q[0] + e1.ayy * q[1] + e1.by) * dq[1];
            double next = t - g1 / slope;
            if (!(next > tLo && next < tHi)) {
                next = 0.5 * (tLo + tHi);
            }
            if (next == t || next == tLo || next == tHi) {
                break;
            }
            t = next;
        }
        return false;
    }
}
