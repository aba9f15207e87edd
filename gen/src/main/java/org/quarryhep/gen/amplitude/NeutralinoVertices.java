package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The bino–smuon–muon vertex of {@link Neutralino}: L = −y (μ̃_R* χ̄ P_R μ + μ̃_R μ̄ P_L χ) with y
 * = √2 g′ (g′ = e/c_W), vertex factor i y P_R or i y P_L. Each current is one of the two terms with
 * one field left open: a column output is the spinor its row field closes, a row output the one its
 * column field closes. The neutralino takes the orientation each vertex needs ({@link
 * MajoranaFlow#flip}), as the heavy neutrinos do. Order: QED 1.
 */
final class NeutralinoVertices {
    private final SmVertices sink;
    private final double y;

    /** Reads the coupling; joined currents go to {@code sink}'s targets. */
    NeutralinoVertices(SmVertices sink, AmplitudeModel model) {
        this.sink = sink;
        this.y = Math.sqrt(2) * model.sm().e() / Math.sqrt(model.sm().cw2());
    }

    static boolean isNeutralino(int id) {
        return Math.abs(id) == Neutralino.PDG;
    }

    private static boolean isMuon(int id) {
        return Math.abs(id) == 13;
    }

    /** Σ_k a_k b_k over the components of one chirality (left: 0, 1; right: 2, 3), times i y s. */
    private double[] product(double[] a, double[] b, boolean right, int sign) {
        double re = 0;
        double im = 0;
        for (int k = right ? 2 : 0; k < (right ? 4 : 2); k++) {
            re += a[2 * k] * b[2 * k] - a[2 * k + 1] * b[2 * k + 1];
            im += a[2 * k] * b[2 * k + 1] + a[2 * k + 1] * b[2 * k];
        }
        return new double[] {-y * sign * im, y * sign * re};
    }

    /**
     * Joins a neutralino and a muon current (a of sources ma, b of sources mb) into a smuon: χ̄ P_R
     * μ⁻ → μ̃⁻ (the μ̃* term), μ̄⁺ P_L χ → μ̃⁺ (the μ̃ term).
     */
    void fermions(Current a, int ma, Current b, int mb, List<Current> out) {
        boolean xa = isNeutralino(a.id);
        Current x = xa ? a : b;
        Current f = xa ? b : a;
        if (!isMuon(f.id)) {
            return;
        }
        if (Integer.signum(x.id) == Integer.signum(f.id)) {
            x = MajoranaFlow.flip(x);
        }
        int qcd = a.qcd + b.qcd;
        int qed = a.qed + b.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        boolean neutralinoRow = x.id < 0;
        int sign = (xa == neutralinoRow) ? sink.sign(ma, mb) : sink.sign(mb, ma);
        Current row = neutralinoRow ? x : f;
        Current col = neutralinoRow ? f : x;
        // row χ̄ with column μ⁻: charge −1, a μ̃⁻ current; row μ⁺ with column χ: a μ̃⁺ current
        int smuon = neutralinoRow ? RightSmuon.PDG : -RightSmuon.PDG;
        double[] s = product(row.v, col.v, neutralinoRow, sign);
        Current t = sink.target(out, smuon, qcd, qed);
        t.v[0] += s[0];
        t.v[1] += s[1];
    }

    /**
     * Joins a fermion current and a smuon current: column χ + μ̃⁻ → column μ⁻ (i y P_L χ, the μ̃
     * term), row χ + μ̃⁺ → row μ⁺ (χ̄ i y P_R), column μ⁻ + μ̃⁺ → column χ (i y P_R μ), row μ⁺ +
     * μ̃⁻ → row χ (μ̄ i y P_L).
     */
    void fermionScalar(Current f, Current s, int sign, List<Current> out) {
        if (!SmuonVertices.isSmuon(s.id)) {
            return;
        }
        boolean smuonMinus = s.id > 0;
        int qcd = f.qcd + s.qcd;
        int qed = f.qed + s.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        Current in;
        int outId;
        boolean right;
        if (isNeutralino(f.id)) {
            in = (f.id > 0) == smuonMinus ? f : MajoranaFlow.flip(f);
            outId = in.id > 0 ? 13 : -13;
            right = in.id < 0;
        } else if (isMuon(f.id) && (f.id > 0) != smuonMinus) {
            in = f;
            outId = f.id > 0 ? Neutralino.PDG : -Neutralino.PDG;
            right = f.id > 0;
        } else {
            return;
        }
        Current t = sink.target(out, outId, qcd, qed);
        // i y sign S × (the chiral half of the incoming spinor)
        double sr = s.v[0];
        double si = s.v[1];
        double cr = -y * sign * si;
        double ci = y * sign * sr;
        for (int k = right ? 2 : 0; k < (right ? 4 : 2); k++) {
            double re = in.v[2 * k];
            double im = in.v[2 * k + 1];
            t.v[2 * k] += cr * re - ci * im;
            t.v[2 * k + 1] += cr * im + ci * re;
        }
    }
}
