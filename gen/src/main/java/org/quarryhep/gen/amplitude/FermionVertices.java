package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The vertices with a fermion line: q q̄ g, f f̄ γ, f f̄ Z, f f̄′ W (no CKM) and the Yukawa f f̄ H
 * (−i m_f/v), in the convention D_μ = ∂_μ − i g_s T^a G^a_μ − i g T^i W^i_μ − i g′ Y B_μ (vertex i
 * γ^μ (c_L P_L + c_R P_R)), the one whose three-gluon vertex is Peskin–Schroeder's.
 */
final class FermionVertices {
    private final SmVertices sink;
    private final AmplitudeModel model;
    private final double vev;

    /** Reads the couplings; joined currents go to {@code sink}'s targets. */
    FermionVertices(SmVertices sink, AmplitudeModel model) {
        this.sink = sink;
        this.model = model;
        var sm = model.sm();
        vev = sm.vev();
    }

    /** Coupling (c_L, c_R) as imaginary parts: the vertex is i γ^μ (c_L P_L + c_R P_R). */
    private double[] vectorCoupling(int fermion, int boson) {
        return vectorCoupling(model, fermion, boson);
    }

    /**
     * The coupling (c_L, c_R) of a fermion to a vector boson in a model: the vertex is i γ^μ (c_L
     * P_L + c_R P_R) (no CKM).
     */
    static double[] vectorCoupling(AmplitudeModel model, int fermion, int boson) {
        var sm = model.sm();
        int f = Math.abs(fermion);
        double q = Particle.byPdg(f).charge();
        double gz = sm.g() / Math.sqrt(sm.cw2());
        return switch (Math.abs(boson)) {
            case 21 -> new double[] {model.gs(), model.gs()};
            case 22 -> new double[] {sm.e() * q, sm.e() * q};
            case 23 -> {
                double t3 = isUpType(f) ? 0.5 : -0.5;
                yield new double[] {gz * (t3 - q * sm.sw2()), gz * (-q * sm.sw2())};
            }
            case 24 -> new double[] {sm.g() / Math.sqrt(2), 0};
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

    void fermionBoson(Current f, Current v, int sign, List<Current> out) {
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
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        int outId = f.id > 0 ? g : -g;
        Current t = sink.target(out, outId, qcd, qed);
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
            int live = CurrentBlocks.live(v.v);
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

    void bilinear(Current row, Current col, int sign, List<Current> out) {
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
            if (!sink.allowed(qcd, qed)) {
                continue;
            }
            Current t = sink.target(out, boson, qcd, qed);
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
            if (CurrentBlocks.isZero(row.v, 8 * i)) {
                continue;
            }
            for (int j = 0; j < colours; j++) {
                if (CurrentBlocks.isZero(col.v, 8 * j)) {
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
}
