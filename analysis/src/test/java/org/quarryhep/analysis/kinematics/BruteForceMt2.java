package org.quarryhep.analysis.kinematics;

/**
 * M_T2 by direct minimisation of F(q⃗) = max(m_T,A(q⃗), m_T,B(p⃗_miss − q⃗)) over q⃗, independent
 * of the bisection (no ellipses, no Lagrange conditions). F is quasi-convex (a maximum of functions
 * whose sublevel sets are convex), and minimising a quasi-convex function over one coordinate
 * leaves a quasi-convex function of the other, so nested golden-section searches over q_x and q_y
 * find the global minimum; each runs until its bracket is below 10⁻¹⁰ of its starting width.
 */
final class BruteForceMt2 {
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private BruteForceMt2() {}

    static double mt2(
            double ma,
            double pax,
            double pay,
            double mb,
            double pbx,
            double pby,
            double kx,
            double ky,
            double chiA,
            double chiB) {
        double span =
                4 * (Math.abs(pax) + Math.abs(pay) + Math.abs(pbx) + Math.abs(pby))
                        + 4 * (Math.abs(kx) + Math.abs(ky))
                        + 4 * (ma + mb + chiA + chiB)
                        + 100;
        java.util.function.DoubleUnaryOperator overY =
                qx ->
                        golden(
                                qy ->
                                        Math.max(
                                                mt(ma, pax, pay, chiA, qx, qy),
                                                mt(mb, pbx, pby, chiB, kx - qx, ky - qy)),
                                -span,
                                span);
        return golden(overY, -span, span);
    }

    private static double golden(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        double width = hi - lo;
        double x1 = hi - GOLDEN * (hi - lo);
        double x2 = lo + GOLDEN * (hi - lo);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        while (hi - lo > 1e-10 * width) {
            if (f1 <= f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - GOLDEN * (hi - lo);
                f1 = f.applyAsDouble(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + GOLDEN * (hi - lo);
                f2 = f.applyAsDouble(x2);
            }
        }
        return Math.min(f1, f2);
    }

    private static double mt(double m, double px, double py, double chi, double qx, double qy) {
        double et = Math.sqrt(m * m + px * px + py * py);
        double eq = Math.sqrt(chi * chi + qx * qx + qy * qy);
        return Math.sqrt(Math.max(0, m * m + chi * chi + 2 * (et * eq - px * qx - py * qy)));
    }
}
