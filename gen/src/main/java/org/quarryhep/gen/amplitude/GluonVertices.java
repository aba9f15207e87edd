package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The three- and four-gluon vertices (Peskin–Schroeder: g f^{abc}[g^{μν}(k − p)^ρ + …] and −i g²[f
 * f (g g − g g) + …], all momenta incoming). Each join carries the Fermi parity of its sources: two
 * gluon currents that each hold a quark pair, with the pairs interleaved (u d → u d g), join with a
 * minus sign.
 */
final class GluonVertices {
    private final SmVertices sink;
    private final double gs;

    /** Reads g_s; joined currents go to {@code sink}'s targets. */
    GluonVertices(SmVertices sink, double gs) {
        this.sink = sink;
        this.gs = gs;
    }

    void threeGluon(Current a, double[] k, Current b, double[] p, int sign, List<Current> out) {
        int qcd = a.qcd + b.qcd + 1;
        int qed = a.qed + b.qed;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        Current t = sink.target(out, 21, qcd, qed);
        // q = -(k + p); (k - p), (p - q) = 2p + k, (q - k) = -2k - p
        double[] kmp = new double[4];
        double[] pmq = new double[4];
        double[] qmk = new double[4];
        for (int mu = 0; mu < 4; mu++) {
            kmp[mu] = k[mu] - p[mu];
            pmq[mu] = 2 * p[mu] + k[mu];
            qmk[mu] = -2 * k[mu] - p[mu];
        }
        int liveA = CurrentBlocks.live(a.v);
        int liveB = CurrentBlocks.live(b.v);
        for (double[] f : Colour.F) {
            int ca = (int) f[0];
            int cb = (int) f[1];
            int cc = (int) f[2];
            if ((liveA & (1 << ca)) == 0 || (liveB & (1 << cb)) == 0) {
                continue;
            }
            double w = sign * gs * f[3];
            int oa = 8 * ca;
            int ob = 8 * cb;
            double[] x = a.v;
            double[] y = b.v;
            // J1.J2, J1.(p - q), J2.(q - k)
            double jjr = 0;
            double jji = 0;
            double j1r = 0;
            double j1i = 0;
            double j2r = 0;
            double j2i = 0;
            for (int mu = 0; mu < 4; mu++) {
                double g = Dirac.metric(mu);
                double xr = x[oa + 2 * mu];
                double xi = x[oa + 2 * mu + 1];
                double yr = y[ob + 2 * mu];
                double yi = y[ob + 2 * mu + 1];
                jjr += g * (xr * yr - xi * yi);
                jji += g * (xr * yi + xi * yr);
                j1r += g * xr * pmq[mu];
                j1i += g * xi * pmq[mu];
                j2r += g * yr * qmk[mu];
                j2i += g * yi * qmk[mu];
            }
            int oc = 8 * cc;
            for (int mu = 0; mu < 4; mu++) {
                double re = jjr * kmp[mu] + (y[ob + 2 * mu] * j1r - y[ob + 2 * mu + 1] * j1i);
                double im = jji * kmp[mu] + (y[ob + 2 * mu] * j1i + y[ob + 2 * mu + 1] * j1r);
                re += x[oa + 2 * mu] * j2r - x[oa + 2 * mu + 1] * j2i;
                im += x[oa + 2 * mu] * j2i + x[oa + 2 * mu + 1] * j2r;
                t.v[oc + 2 * mu] += w * re;
                t.v[oc + 2 * mu + 1] += w * im;
            }
        }
    }

    /** Adds to {@code out} the four-gluon vertex joining three gluon currents. */
    void fourGluon(Current a, Current b, Current c, int sign, List<Current> out) {
        int qcd = a.qcd + b.qcd + c.qcd + 2;
        int qed = a.qed + b.qed + c.qed;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        Current t = sink.target(out, 21, qcd, qed);
        double g2 = sign * gs * gs;
        int[] na = CurrentBlocks.nonZero(a.v);
        int[] nb = CurrentBlocks.nonZero(b.v);
        int[] nc = CurrentBlocks.nonZero(c.v);
        for (int ca : na) {
            for (int cb : nb) {
                for (int cc : nc) {
                    double[] ab = CurrentBlocks.product(a.v, 8 * ca, b.v, 8 * cb);
                    double[] ac = CurrentBlocks.product(a.v, 8 * ca, c.v, 8 * cc);
                    double[] bc = CurrentBlocks.product(b.v, 8 * cb, c.v, 8 * cc);
                    if (isZero(ab) && isZero(ac) && isZero(bc)) {
                        continue;
                    }
                    for (int cd = 0; cd < 8; cd++) {
                        int idx = 3 * (512 * ca + 64 * cb + 8 * cc + cd);
                        double f1 = Colour.FF[idx];
                        double f2 = Colour.FF[idx + 1];
                        double f3 = Colour.FF[idx + 2];
                        if (f1 == 0 && f2 == 0 && f3 == 0) {
                            continue;
                        }
                        // coefficients of J3^s, J2^s and J1^s
                        double c3r = (f2 + f3) * ab[0];
                        double c3i = (f2 + f3) * ab[1];
                        double c2r = f1 * ac[0] - f3 * ac[0];
                        double c2i = f1 * ac[1] - f3 * ac[1];
                        double c1r = -(f1 + f2) * bc[0];
                        double c1i = -(f1 + f2) * bc[1];
                        int od = 8 * cd;
                        for (int mu = 0; mu < 4; mu++) {
                            double re = c3r * c.v[8 * cc + 2 * mu] - c3i * c.v[8 * cc + 2 * mu + 1];
                            double im = c3r * c.v[8 * cc + 2 * mu + 1] + c3i * c.v[8 * cc + 2 * mu];
                            re += c2r * b.v[8 * cb + 2 * mu] - c2i * b.v[8 * cb + 2 * mu + 1];
                            im += c2r * b.v[8 * cb + 2 * mu + 1] + c2i * b.v[8 * cb + 2 * mu];
                            re += c1r * a.v[8 * ca + 2 * mu] - c1i * a.v[8 * ca + 2 * mu + 1];
                            im += c1r * a.v[8 * ca + 2 * mu + 1] + c1i * a.v[8 * ca + 2 * mu];
                            // times -i g^2
                            t.v[od + 2 * mu] += g2 * im;
                            t.v[od + 2 * mu + 1] += -g2 * re;
                        }
                    }
                }
            }
        }
    }

    private static boolean isZero(double[] z) {
        return z[0] == 0 && z[1] == 0;
    }
}
