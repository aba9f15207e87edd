package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The vertices of the {@code sm} model that {@link OffShellRecursion} joins currents with: q q̄ g,
 * f f̄ γ/Z/W, f f̄ H (Yukawa m_f/v), the three- and four-gluon vertices, each kept only within the
 * allowed coupling orders and signed by the Fermi parity of the joined sources.
 */
final class SmVertices {
    private final AmplitudeModel model;
    private final int fermionMask;
    private final int maxQcd;
    private final int maxQed;
    private final int maxWeighted;
    private final double e;
    private final double gw;
    private final double gz;
    private final double sw2;
    private final double vev;
    private final double gs;

    /**
     * Reads the couplings of the model.
     *
     * @param model couplings, masses and widths
     * @param fermionMask bit i is set when particle i is a fermion (a Grassmann source)
     * @param maxQcd the largest QCD order a current may have
     * @param maxQed the largest QED order a current may have
     * @param maxWeighted the largest QCD + 2·QED order a current may have
     */
    SmVertices(AmplitudeModel model, int fermionMask, int maxQcd, int maxQed, int maxWeighted) {
        this.model = model;
        this.fermionMask = fermionMask;
        this.maxQcd = maxQcd;
        this.maxQed = maxQed;
        this.maxWeighted = maxWeighted;
        var sm = model.sm();
        e = sm.e();
        gw = sm.g();
        sw2 = sm.sw2();
        gz = sm.g() / Math.sqrt(sm.cw2());
        vev = sm.vev();
        gs = model.gs();
    }

    private Current target(List<Current> out, int id, int qcd, int qed) {
        for (Current c : out) {
            if (c.id == id && c.qcd == qcd && c.qed == qed) {
                return c;
            }
        }
        Current c = new Current(id, qcd, qed, OffShellRecursion.size(id));
        out.add(c);
        return c;
    }

    private boolean allowed(int qcd, int qed) {
        return qcd <= maxQcd && qed <= maxQed && qcd + 2 * qed <= maxWeighted;
    }

    /** Parity (±1) of the permutation sorting the fermions of mask a followed by those of b. */
    private int sign(int a, int b) {
        int fa = a & fermionMask;
        int fb = b & fermionMask;
        int inversions = 0;
        for (int x = fa; x != 0; x &= x - 1) {
            int bit = Integer.numberOfTrailingZeros(x);
            inversions += Integer.bitCount(fb & ((1 << bit) - 1));
        }
        return (inversions & 1) == 0 ? 1 : -1;
    }

    /**
     * Adds to {@code out} the currents of every vertex joining current a (of sources ma, momentum
     * pa) with current b (of sources mb, momentum pb).
     */
    void join(Current a, int ma, double[] pa, Current b, int mb, double[] pb, List<Current> out) {
        Particle x = Particle.byPdg(a.id);
        Particle y = Particle.byPdg(b.id);
        if (x.isFermion() && y.isFermion()) {
            if (a.id < 0 && b.id > 0) {
                bilinear(a, b, sign(ma, mb), out);
            } else if (a.id > 0 && b.id < 0) {
                bilinear(b, a, sign(mb, ma), out);
            }
        } else if (x.isFermion()) {
            fermionBoson(a, b, sign(ma, mb), out);
        } else if (y.isFermion()) {
            fermionBoson(b, a, sign(ma, mb), out);
        } else if (a.id == 21 && b.id == 21) {
            threeGluon(a, pa, b, pb, out);
        }
    }

    /** Coupling (c_L, c_R) as imaginary parts: the vertex is i γ^μ (c_L P_L + c_R P_R). */
    private double[] vectorCoupling(int fermion, int boson) {
        int f = Math.abs(fermion);
        Particle p = Particle.byPdg(f);
        double q = p.charge();
        return switch (Math.abs(boson)) {
            case 21 -> new double[] {gs, gs};
            case 22 -> new double[] {e * q, e * q};
            case 23 -> {
                double t3 = isUpType(f) ? 0.5 : -0.5;
                yield new double[] {gz * (t3 - q * sw2), gz * (-q * sw2)};
            }
            case 24 -> new double[] {gw / Math.sqrt(2), 0};
            default -> throw new IllegalStateException("no vector coupling for " + boson);
        };
    }

    /** Up-type quarks and neutrinos (T₃ = +1/2) have even PDG ids. */
    private static boolean isUpType(int f) {
        return f % 2 == 0;
    }

    private static boolean isQuark(int id) {
        return Math.abs(id) <= 6;
    }

    /** The doublet partner of a fermion (d ↔ u, e ↔ ν_e, …). */
    private static int partner(int f) {
        return f % 2 == 0 ? f - 1 : f + 1;
    }

    /**
     * The fermion flavour (|id|) after absorbing the boson, or 0 if the vertex does not exist.
     * {@code chargeStep} is the charge the fermion line gains.
     */
    private int absorbed(int f, int boson, int chargeStep) {
        return switch (Math.abs(boson)) {
            case 21 -> isQuark(f) ? f : 0;
            case 22 -> Particle.byPdg(f).charge() != 0 ? f : 0;
            case 23 -> f;
            case 24 -> {
                int up = isUpType(f) ? 1 : -1;
                yield chargeStep == -up ? partner(f) : 0;
            }
            case 25 -> model.mass(f) > 0 ? f : 0;
            default -> 0;
        };
    }

    private void fermionBoson(Current f, Current v, int sign, List<Current> out) {
        int flavour = Math.abs(f.id);
        Particle bosonParticle = Particle.byPdg(v.id);
        // a column (particle) line gains the boson's charge, a row (antiparticle) line loses it
        int step = (int) Math.round(bosonParticle.charge()) * (f.id > 0 ? 1 : -1);
        int g = absorbed(flavour, v.id, step);
        if (g == 0) {
            return;
        }
        boolean strong = v.id == 21;
        int qcd = f.qcd + v.qcd + (strong ? 1 : 0);
        int qed = f.qed + v.qed + (strong ? 0 : 1);
        if (!allowed(qcd, qed)) {
            return;
        }
        int outId = f.id > 0 ? g : -g;
        Current t = target(out, outId, qcd, qed);
        int colours = Particle.byPdg(outId).colour();
        if (v.id == 25) {
            double y = -model.mass(flavour) / vev * sign;
            // vertex -i m/v: multiply by (0, y) times the scalar value
            double sr = v.v[0];
            double si = v.v[1];
            double cr = -y * si;
            double ci = y * sr;
            for (int k = 0; k < 8 * colours; k += 2) {
                double re = f.v[k];
                double im = f.v[k + 1];
                t.v[k] += cr * re - ci * im;
                t.v[k + 1] += cr * im + ci * re;
            }
            return;
        }
        double[] c = vectorCoupling(flavour, v.id);
        if (v.id == 21) {
            int live = liveBlocks(v.v);
            for (int a = 0; a < 8; a++) {
                if ((live & (1 << a)) == 0) {
                    continue;
                }
                double[] slash = Dirac.slash(v.v, 8 * a);
                double[] ta = Colour.T[a];
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        double tr = ta[2 * (3 * i + j)];
                        double ti = ta[2 * (3 * i + j) + 1];
                        if (tr == 0 && ti == 0) {
                            continue;
                        }
                        // column: out_i += T_ij (i g) slash psi_j; row: out_j += psibar_i T_ij ...
                        double fr = -ti * c[0] * sign;
                        double fi = tr * c[0] * sign;
                        if (f.id > 0) {
                            Dirac.addMatrixTimesChiral(
                                    slash, f.v, 8 * j, fr, fi, fr, fi, t.v, 8 * i);
                        } else {
                            Dirac.addRowTimesMatrixChiral(
                                    f.v, 8 * i, slash, fr, fi, fr, fi, t.v, 8 * j);
                        }
                    }
                }
            }
            return;
        }
        double[] slash = Dirac.slash(v.v, 0);
        for (int col = 0; col < colours; col++) {
            if (f.id > 0) {
                Dirac.addMatrixTimesChiral(
                        slash, f.v, 8 * col, 0, c[0] * sign, 0, c[1] * sign, t.v, 8 * col);
            } else {
                Dirac.addRowTimesMatrixChiral(
                        f.v, 8 * col, slash, 0, c[0] * sign, 0, c[1] * sign, t.v, 8 * col);
            }
        }
    }

    private void bilinear(Current row, Current col, int sign, List<Current> out) {
        int fr = -row.id;
        int fc = col.id;
        int colours = Particle.byPdg(fc).colour();
        if (Particle.byPdg(fr).colour() != colours) {
            return;
        }
        double charge = Particle.byPdg(fc).charge() - Particle.byPdg(fr).charge();
        List<Integer> bosons = new ArrayList<>();
        if (fr == fc) {
            if (isQuark(fc)) {
                bosons.add(21);
            }
            if (Particle.byPdg(fc).charge() != 0) {
                bosons.add(22);
            }
            bosons.add(23);
            if (model.mass(fc) > 0) {
                bosons.add(25);
            }
        } else if (partner(fc) == fr) {
            bosons.add(charge > 0 ? 24 : -24);
        }
        double[][] chiral = null;
        for (int boson : bosons) {
            boolean strong = boson == 21;
            int qcd = row.qcd + col.qcd + (strong ? 1 : 0);
            int qed = row.qed + col.qed + (strong ? 0 : 1);
            if (!allowed(qcd, qed)) {
                continue;
            }
            Current t = target(out, boson, qcd, qed);
            if (boson != 25 && chiral == null) {
                chiral = chiralBilinears(row, col, colours);
            }
            if (boson == 25) {
                double y = -model.mass(fc) / vev * sign;
                for (int i = 0; i < colours; i++) {
                    for (int k = 0; k < 4; k++) {
                        double ar = row.v[8 * i + 2 * k];
                        double ai = row.v[8 * i + 2 * k + 1];
                        double br = col.v[8 * i + 2 * k];
                        double bi = col.v[8 * i + 2 * k + 1];
                        double pr = ar * br - ai * bi;
                        double pi = ar * bi + ai * br;
                        t.v[0] += -y * pi;
                        t.v[1] += y * pr;
                    }
                }
                continue;
            }
            double[] c = vectorCoupling(Math.min(fr, fc), boson);
            if (boson == 21) {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        double[] lr = chiral[2 * (3 * i + j)];
                        double[] rr = chiral[2 * (3 * i + j) + 1];
                        if (lr == null) {
                            continue;
                        }
                        for (int a = 0; a < 8; a++) {
                            double tr = Colour.T[a][2 * (3 * i + j)];
                            double ti = Colour.T[a][2 * (3 * i + j) + 1];
                            if (tr == 0 && ti == 0) {
                                continue;
                            }
                            // (i g T_ij) as a complex factor times (L + R)
                            double cr = -ti * c[0] * sign;
                            double ci = tr * c[0] * sign;
                            for (int k = 0; k < 8; k += 2) {
                                double xr = lr[k] + rr[k];
                                double xi = lr[k + 1] + rr[k + 1];
                                t.v[8 * a + k] += cr * xr - ci * xi;
                                t.v[8 * a + k + 1] += cr * xi + ci * xr;
                            }
                        }
                    }
                }
                continue;
            }
            for (int i = 0; i < colours; i++) {
                double[] lr = chiral[2 * (3 * i + i)];
                double[] rr = chiral[2 * (3 * i + i) + 1];
                if (lr == null) {
                    continue;
                }
                // i sign (c_L L + c_R R)
                for (int k = 0; k < 8; k += 2) {
                    double xr = c[0] * lr[k] + c[1] * rr[k];
                    double xi = c[0] * lr[k + 1] + c[1] * rr[k + 1];
                    t.v[k] += -sign * xi;
                    t.v[k + 1] += sign * xr;
                }
            }
        }
    }

    /**
     * ψ̄_i γ^μ P_L ψ_j and ψ̄_i γ^μ P_R ψ_j for every pair of colour blocks that are both non-zero
     * (at 2(3i + j) and 2(3i + j) + 1; null where a block vanishes), shared by every boson.
     */
    private static double[][] chiralBilinears(Current row, Current col, int colours) {
        double[][] out = new double[18][];
        for (int i = 0; i < colours; i++) {
            if (blockIsZero(row.v, 8 * i)) {
                continue;
            }
            for (int j = 0; j < colours; j++) {
                if (blockIsZero(col.v, 8 * j)) {
                    continue;
                }
                double[] l = new double[8];
                double[] r = new double[8];
                Dirac.addBilinear(row.v, 8 * i, col.v, 8 * j, 1, 0, 1, 0, l, 0);
                Dirac.addBilinear(row.v, 8 * i, col.v, 8 * j, 0, 1, 1, 0, r, 0);
                out[2 * (3 * i + j)] = l;
                out[2 * (3 * i + j) + 1] = r;
            }
        }
        return out;
    }

    /** Bit a is set when the a-th 8-double block of a gluon current is not zero. */
    private static int liveBlocks(double[] v) {
        int live = 0;
        for (int a = 0; a < 8; a++) {
            if (!blockIsZero(v, 8 * a)) {
                live |= 1 << a;
            }
        }
        return live;
    }

    private static boolean blockIsZero(double[] v, int from) {
        for (int k = from; k < from + 8; k++) {
            if (v[k] != 0) {
                return false;
            }
        }
        return true;
    }

    private void threeGluon(Current a, double[] k, Current b, double[] p, List<Current> out) {
        int qcd = a.qcd + b.qcd + 1;
        int qed = a.qed + b.qed;
        if (!allowed(qcd, qed)) {
            return;
        }
        Current t = target(out, 21, qcd, qed);
        // q = -(k + p); (k - p), (p - q) = 2p + k, (q - k) = -2k - p
        double[] kmp = new double[4];
        double[] pmq = new double[4];
        double[] qmk = new double[4];
        for (int mu = 0; mu < 4; mu++) {
            kmp[mu] = k[mu] - p[mu];
            pmq[mu] = 2 * p[mu] + k[mu];
            qmk[mu] = -2 * k[mu] - p[mu];
        }
        int liveA = liveBlocks(a.v);
        int liveB = liveBlocks(b.v);
        for (double[] f : Colour.F) {
            int ca = (int) f[0];
            int cb = (int) f[1];
            int cc = (int) f[2];
            if ((liveA & (1 << ca)) == 0 || (liveB & (1 << cb)) == 0) {
                continue;
            }
            double w = gs * f[3];
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

    /** Complex Minkowski product of two vectors stored at offsets. */
    private static double[] product(double[] x, int xo, double[] y, int yo) {
        double r = 0;
        double i = 0;
        for (int mu = 0; mu < 4; mu++) {
            double g = Dirac.metric(mu);
            double xr = x[xo + 2 * mu];
            double xi = x[xo + 2 * mu + 1];
            double yr = y[yo + 2 * mu];
            double yi = y[yo + 2 * mu + 1];
            r += g * (xr * yr - xi * yi);
            i += g * (xr * yi + xi * yr);
        }
        return new double[] {r, i};
    }

    /** Adds to {@code out} the four-gluon vertex joining three gluon currents. */
    void fourGluon(Current a, Current b, Current c, List<Current> out) {
        int qcd = a.qcd + b.qcd + c.qcd + 2;
        int qed = a.qed + b.qed + c.qed;
        if (!allowed(qcd, qed)) {
            return;
        }
        Current t = target(out, 21, qcd, qed);
        double g2 = gs * gs;
        int[] na = nonZeroBlocks(a.v);
        int[] nb = nonZeroBlocks(b.v);
        int[] nc = nonZeroBlocks(c.v);
        for (int ca : na) {
            for (int cb : nb) {
                for (int cc : nc) {
                    double[] ab = product(a.v, 8 * ca, b.v, 8 * cb);
                    double[] ac = product(a.v, 8 * ca, c.v, 8 * cc);
                    double[] bc = product(b.v, 8 * cb, c.v, 8 * cc);
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

    /** The adjoint indices whose Lorentz block of a gluon current is not zero. */
    private static int[] nonZeroBlocks(double[] v) {
        int[] out = new int[8];
        int k = 0;
        for (int a = 0; a < 8; a++) {
            for (int i = 8 * a; i < 8 * a + 8; i++) {
                if (v[i] != 0) {
                    out[k++] = a;
                    break;
                }
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static boolean isZero(double[] z) {
        return z[0] == 0 && z[1] == 0;
    }
}
