package org.quarryhep.gen.amplitude;

/**
 * Allocation-free row-spinor products for {@link OrderedAmplitudes}, in {@link Dirac}'s chiral
 * representation: A̸ = [[0, S], [S̄, 0]] with S = σ^μA_μ = A⁰ − σ⃗·A⃗ and S̄ = σ̄^μA_μ = A⁰ +
 * σ⃗·A⃗, so a row (r₀, r₁, r₂, r₃) times A̸ is ((r₂, r₃)S̄, (r₀, r₁)S). Spinors and vectors are 8
 * doubles (re, im interleaved) from an offset; vectors carry an upper index.
 */
final class Spinors {
    private Spinors() {}

    /** out += r A̸ for a row spinor r and a complex vector A. */
    static void addRowSlash(double[] r, int ro, double[] a, int ao, double[] out, int oo) {
        double a0r = a[ao];
        double a0i = a[ao + 1];
        double axr = a[ao + 2];
        double axi = a[ao + 3];
        double ayr = a[ao + 4];
        double ayi = a[ao + 5];
        double azr = a[ao + 6];
        double azi = a[ao + 7];
        // Ax - i Ay and Ax + i Ay
        double mr = axr + ayi;
        double mi = axi - ayr;
        double pr = axr - ayi;
        double pi = axi + ayr;
        // S-bar = [[A0 + Az, Ax - iAy], [Ax + iAy, A0 - Az]] acting on (r2, r3)
        rowTimes2(r, ro + 4, a0r + azr, a0i + azi, mr, mi, pr, pi, a0r - azr, a0i - azi, out, oo);
        // S = [[A0 - Az, -(Ax - iAy)], [-(Ax + iAy), A0 + Az]] acting on (r0, r1)
        rowTimes2(
                r, ro, a0r - azr, a0i - azi, -mr, -mi, -pr, -pi, a0r + azr, a0i + azi, out, oo + 4);
    }

    /**
     * out = c (S_R (u₂, u₃), S̄_L (u₀, u₁)), with S, S̄ as above of the complex vectors L (at
     * a[lo]) and R (at a[ro]): for L = R = A this is c A̸ u, and in general c γ_μ (L^μ P_L + R^μ
     * P_R) u.
     */
    static void chiralSlashTimes(
            double[] a, int lo, int ro, double[] u, int uo, double c, double[] out, int oo) {
        double a0r = a[ro];
        double a0i = a[ro + 1];
        double axr = a[ro + 2];
        double axi = a[ro + 3];
        double ayr = a[ro + 4];
        double ayi = a[ro + 5];
        double azr = a[ro + 6];
        double azi = a[ro + 7];
        // S of R on (u2, u3): [[A0 - Az, -(Ax - iAy)], [-(Ax + iAy), A0 + Az]]
        matrixTimes2(
                a0r - azr,
                a0i - azi,
                -(axr + ayi),
                -(axi - ayr),
                -(axr - ayi),
                -(axi + ayr),
                a0r + azr,
                a0i + azi,
                u,
                uo + 4,
                c,
                out,
                oo);
        a0r = a[lo];
        a0i = a[lo + 1];
        axr = a[lo + 2];
        axi = a[lo + 3];
        ayr = a[lo + 4];
        ayi = a[lo + 5];
        azr = a[lo + 6];
        azi = a[lo + 7];
        // S-bar of L on (u0, u1): [[A0 + Az, Ax - iAy], [Ax + iAy, A0 - Az]]
        matrixTimes2(
                a0r + azr, a0i + azi, axr + ayi, axi - ayr, axr - ayi, axi + ayr, a0r - azr,
                a0i - azi, u, uo, c, out, oo + 4);
    }

    /** out = c [[s00, s01], [s10, s11]] (x, y) for complex x, y at u[uo..uo+3]. */
    private static void matrixTimes2(
            double s00r,
            double s00i,
            double s01r,
            double s01i,
            double s10r,
            double s10i,
            double s11r,
            double s11i,
            double[] u,
            int uo,
            double c,
            double[] out,
            int oo) {
        double xr = u[uo];
        double xi = u[uo + 1];
        double yr = u[uo + 2];
        double yi = u[uo + 3];
        out[oo] = c * (s00r * xr - s00i * xi + s01r * yr - s01i * yi);
        out[oo + 1] = c * (s00r * xi + s00i * xr + s01r * yi + s01i * yr);
        out[oo + 2] = c * (s10r * xr - s10i * xi + s11r * yr - s11i * yi);
        out[oo + 3] = c * (s10r * xi + s10i * xr + s11r * yi + s11i * yr);
    }

    /**
     * out += c r γ_μ (L^μ P_L + R^μ P_R) for complex vectors L (at e[eo]) and R (at e[eo + 8]): P_L
     * keeps the first two columns of r A̸, P_R the last two.
     */
    static void addRowChiralSlash(
            double[] r, int ro, double[] e, int eo, double c, double[] out, int oo) {
        double[] t = new double[8];
        addRowSlash(r, ro, e, eo, t, 0);
        out[oo] += c * t[0];
        out[oo + 1] += c * t[1];
        out[oo + 2] += c * t[2];
        out[oo + 3] += c * t[3];
        java.util.Arrays.fill(t, 0);
        addRowSlash(r, ro, e, eo + 8, t, 0);
        out[oo + 4] += c * t[4];
        out[oo + 5] += c * t[5];
        out[oo + 6] += c * t[6];
        out[oo + 7] += c * t[7];
    }

    /** out += (x, y) [[s00, s01], [s10, s11]] for complex x, y at r[ro..ro+3]. */
    private static void rowTimes2(
            double[] r,
            int ro,
            double s00r,
            double s00i,
            double s01r,
            double s01i,
            double s10r,
            double s10i,
            double s11r,
            double s11i,
            double[] out,
            int oo) {
        double xr = r[ro];
        double xi = r[ro + 1];
        double yr = r[ro + 2];
        double yi = r[ro + 3];
        out[oo] += xr * s00r - xi * s00i + yr * s10r - yi * s10i;
        out[oo + 1] += xr * s00i + xi * s00r + yr * s10i + yi * s10r;
        out[oo + 2] += xr * s01r - xi * s01i + yr * s11r - yi * s11i;
        out[oo + 3] += xr * s01i + xi * s01r + yr * s11i + yi * s11r;
    }

    /** out = (fr + i fi) r (−P̸ + m) for a row spinor r and a real momentum P. */
    static void rowTimesPropagator(
            double[] r, int ro, double[] p, int po, double m, double fr, double fi, double[] out) {
        double p0 = p[po];
        double px = p[po + 1];
        double py = p[po + 2];
        double pz = p[po + 3];
        // components of r P-slash: ((r2, r3) S-bar_P, (r0, r1) S_P)
        double[] t = out;
        java.util.Arrays.fill(t, 0);
        rowTimes2(r, ro + 4, p0 + pz, 0, px, -py, px, py, p0 - pz, 0, t, 0);
        rowTimes2(r, ro, p0 - pz, 0, -px, py, -px, -py, p0 + pz, 0, t, 4);
        for (int j = 0; j < 8; j += 2) {
            double re = m * r[ro + j] - t[j];
            double im = m * r[ro + j + 1] - t[j + 1];
            t[j] = fr * re - fi * im;
            t[j + 1] = fr * im + fi * re;
        }
    }
}
