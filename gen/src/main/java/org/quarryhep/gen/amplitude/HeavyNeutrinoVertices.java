package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The charged-current vertices of {@link HeavyNeutrinoSector}, in the fermion vertices' convention
 * i γ^μ (c_L P_L + c_R P_R) ({@link FermionVertices}): W_R with quark pairs (c_R = g/√2, V_R = 1,
 * no CKM) and with ℓ_i N_i (c_R = g/√2), the SM W with ℓ N_i (c_L = g V_ℓi/√2). Couplings are real,
 * so the vertex and its hermitian conjugate have the same (c_L, c_R). A heavy-neutrino current
 * takes the orientation (column or row) each vertex needs, by {@link MajoranaFlow#flip}. Orders:
 * QED 1.
 */
final class HeavyNeutrinoVertices {
    private final SmVertices sink;
    private final HeavyNeutrinoSector heavy;
    private final double gw;

    /** Reads the couplings; joined currents go to {@code sink}'s targets. */
    HeavyNeutrinoVertices(SmVertices sink, AmplitudeModel model) {
        this.sink = sink;
        this.heavy = model.heavy();
        this.gw = model.sm().g() / Math.sqrt(2);
    }

    /** Whether a current's species is W_R⁺ or W_R⁻. */
    static boolean isRightW(int id) {
        return Math.abs(id) == HeavyNeutrinoSector.PDG_WR;
    }

    private static boolean isChargedLepton(int id) {
        int a = Math.abs(id);
        return a == 11 || a == 13 || a == 15;
    }

    private static boolean isQuark(int id) {
        return Math.abs(id) <= 6;
    }

    /** The quark of the other charge in the same generation (d ↔ u, s ↔ c, b ↔ t). */
    private static int partner(int q) {
        return q % 2 == 0 ? q - 1 : q + 1;
    }

    /** Q(x) − Q(y), an integer for the pairs these vertices join. */
    private static int chargeDifference(int x, int y) {
        return (int) Math.round(Particle.byPdg(x).charge() - Particle.byPdg(y).charge());
    }

    /**
     * (c_L, c_R) of the vertex of charged-lepton generation l, heavy neutrino i and the W (24) or
     * W_R (34), or null when it vanishes or the neutrino is not in the model.
     */
    private double[] leptonCoupling(int l, int i, int boson) {
        if (heavy.mass(i) <= 0) {
            return null;
        }
        if (Math.abs(boson) == 24) {
            double v = heavy.mixing(l, i);
            return v == 0 ? null : new double[] {gw * v, 0};
        }
        return heavy.rightW() && l == i ? new double[] {0, gw} : null;
    }

    /**
     * Joins two fermion currents (a of sources ma, b of sources mb) when one is a heavy neutrino
     * (the other a charged lepton) or, with W_R in the model, both are quarks.
     */
    void fermions(Current a, int ma, Current b, int mb, List<Current> out) {
        boolean na = HeavyNeutrinoSector.isNeutrino(a.id);
        boolean nb = HeavyNeutrinoSector.isNeutrino(b.id);
        if (na && nb) {
            return;
        }
        if (na || nb) {
            Current n = na ? a : b;
            Current f = na ? b : a;
            if (!isChargedLepton(f.id)) {
                return;
            }
            if (Integer.signum(n.id) == Integer.signum(f.id)) {
                n = MajoranaFlow.flip(n); // opposite to its partner
            }
            a = na ? n : a;
            b = na ? b : n;
        } else if (!heavy.rightW() || !isQuark(a.id) || !isQuark(b.id)) {
            return;
        }
        if (a.id < 0 && b.id > 0) {
            bilinear(a, b, sink.sign(ma, mb), out);
        } else if (a.id > 0 && b.id < 0) {
            bilinear(b, a, sink.sign(mb, ma), out);
        }
    }

    /** ψ̄_row i γ^μ (c_L P_L + c_R P_R) ψ_col into the W or W_R of the pair's charge. */
    private void bilinear(Current row, Current col, int sign, List<Current> out) {
        int fr = -row.id;
        int fc = col.id;
        int charge = chargeDifference(fc, fr);
        if (charge != 1 && charge != -1) {
            return;
        }
        int qcd = row.qcd + col.qcd;
        int qed = row.qed + col.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        if (isQuark(fc)) {
            if (partner(Math.abs(fc)) != Math.abs(fr)) {
                return;
            }
            Current t = sink.target(out, charge * HeavyNeutrinoSector.PDG_WR, qcd, qed);
            for (int c = 0; c < 3; c++) {
                Dirac.addBilinear(row.v, 8 * c, col.v, 8 * c, 0, gw, 0, sign, t.v, 0);
            }
            return;
        }
        boolean neutrinoColumn = HeavyNeutrinoSector.isNeutrino(fc);
        int n = neutrinoColumn ? fc : fr;
        int lepton = neutrinoColumn ? fr : fc;
        int l = (Math.abs(lepton) - 11) / 2;
        for (int boson : new int[] {24, HeavyNeutrinoSector.PDG_WR}) {
            double[] c = leptonCoupling(l, HeavyNeutrinoSector.index(n), boson);
            if (c != null) {
                Current t = sink.target(out, charge * boson, qcd, qed);
                Dirac.addBilinear(row.v, 0, col.v, 0, c[0], c[1], 0, sign, t.v, 0);
            }
        }
    }

    /**
     * Joins a fermion current and a W or W_R current: heavy neutrino ↔ charged lepton (through W or
     * W_R) and, through W_R, quark ↔ its partner. A column line gains the boson's charge, a row
     * line loses it; a heavy neutrino is flipped to the orientation whose lepton has that charge.
     */
    void fermionBoson(Current f, Current v, int sign, List<Current> out) {
        int vAbs = Math.abs(v.id);
        if (vAbs != 24 && vAbs != HeavyNeutrinoSector.PDG_WR) {
            return;
        }
        int q = chargeDifference(v.id, 22);
        int qcd = f.qcd + v.qcd;
        int qed = f.qed + v.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double[] slash = Dirac.slash(v.v, 0);
        if (HeavyNeutrinoSector.isNeutrino(f.id)) {
            // column N + V⁻ → column ℓ⁻; row N + V⁺ → row ℓ⁺
            Current n = (q < 0) == (f.id > 0) ? f : MajoranaFlow.flip(f);
            int i = HeavyNeutrinoSector.index(n.id);
            for (int l = 0; l < 3; l++) {
                double[] c = leptonCoupling(l, i, v.id);
                if (c != null) {
                    int lepton = 11 + 2 * l;
                    add(n, slash, c, sign, sink.target(out, n.id > 0 ? lepton : -lepton, qcd, qed));
                }
            }
        } else if (isChargedLepton(f.id)) {
            // column ℓ⁻ + V⁺ → column N; row ℓ⁺ + V⁻ → row N
            if ((q > 0) != (f.id > 0)) {
                return;
            }
            int l = (Math.abs(f.id) - 11) / 2;
            for (int i = 0; i < 3; i++) {
                double[] c = leptonCoupling(l, i, v.id);
                if (c != null) {
                    int n = HeavyNeutrinoSector.PDG_N1 + 2 * i;
                    add(f, slash, c, sign, sink.target(out, f.id > 0 ? n : -n, qcd, qed));
                }
            }
        } else if (isQuark(f.id) && vAbs == HeavyNeutrinoSector.PDG_WR && heavy.rightW()) {
            int a = Math.abs(f.id);
            int step = q * (f.id > 0 ? 1 : -1);
            int g = partner(a);
            if (chargeDifference(g, a) != step) {
                return;
            }
            add(
                    f,
                    slash,
                    new double[] {0, gw},
                    sign,
                    sink.target(out, f.id > 0 ? g : -g, qcd, qed));
        }
    }

    /**
     * t += i sign V̸ (c_L P_L + c_R P_R) ψ (column) or ψ̄ V̸ (c_L P_L + c_R P_R) (row), per colour.
     */
    private static void add(Current f, double[] slash, double[] c, int sign, Current t) {
        int colours = Particle.byPdg(f.id).colour();
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
}
