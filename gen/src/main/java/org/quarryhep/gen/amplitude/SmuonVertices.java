package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * Scalar electrodynamics of the right-handed smuon ({@link RightSmuon}), an SU(2) singlet of
 * hypercharge Y = Q: with D_μ = ∂_μ − i Σ_V c_V V_μ, c_γ = e Q, c_Z = −e Q sin θ_W/cos θ_W (=
 * g_Z(T₃ − Q sin²θ_W) at T₃ = 0, the fermions' convention), |D φ|² gives the vertices i c_V (p −
 * p′′)^μ for φ of incoming momentum p and φ* of incoming momentum p′′, and the seagull 2i c_V c_V′
 * g^{μν}. The antismuon's couplings are those of charge −Q, so one formula serves both: i (c_V(a)
 * p_a + c_V(b) p_b) for any pair a, b. No W couplings (a singlet). Orders: QED 1 and 2.
 */
final class SmuonVertices {
    private static final int[] NEUTRAL = {22, 23};
    private final SmVertices sink;
    private final double e;
    private final double tanW;

    /** Reads the couplings; joined currents go to {@code sink}'s targets. */
    SmuonVertices(SmVertices sink, AmplitudeModel model) {
        this.sink = sink;
        this.e = model.sm().e();
        this.tanW = Math.sqrt(model.sm().sw2() / model.sm().cw2());
    }

    /** Whether a current's species is a smuon or antismuon. */
    static boolean isSmuon(int id) {
        return Math.abs(id) == RightSmuon.PDG;
    }

    /** c_V of a smuon species for V = γ (22) or Z (23). */
    private double coupling(int smuon, int boson) {
        double q = Particle.byPdg(smuon).charge();
        return boson == 22 ? e * q : -e * q * tanW;
    }

    /** smuon + antismuon → γ, Z: i (c_a p_a + c_b p_b)^μ S_a S_b. */
    void pair(Current a, double[] pa, Current b, double[] pb, int sign, List<Current> out) {
        if (a.id != -b.id) {
            return;
        }
        int qcd = a.qcd + b.qcd;
        int qed = a.qed + b.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double sr = sign * (a.v[0] * b.v[0] - a.v[1] * b.v[1]);
        double si = sign * (a.v[0] * b.v[1] + a.v[1] * b.v[0]);
        for (int boson : NEUTRAL) {
            double ca = coupling(a.id, boson);
            double cb = coupling(b.id, boson);
            Current t = sink.target(out, boson, qcd, qed);
            for (int mu = 0; mu < 4; mu++) {
                double x = ca * pa[mu] + cb * pb[mu];
                // i x (sr + i si)
                t.v[2 * mu] += -x * si;
                t.v[2 * mu + 1] += x * sr;
            }
        }
    }

    /** γ or Z + smuon → smuon: i c (p_s − q)·J S with q = −(p_s + k) the closing leg's momentum. */
    void absorb(Current v, double[] k, Current s, double[] ps, int sign, List<Current> out) {
        if (v.id != 22 && v.id != 23) {
            return;
        }
        int qcd = v.qcd + s.qcd;
        int qed = v.qed + s.qed + 1;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        double c = coupling(s.id, v.id);
        double jr = 0;
        double ji = 0;
        for (int mu = 0; mu < 4; mu++) {
            double x = Dirac.metric(mu) * (2 * ps[mu] + k[mu]);
            jr += x * v.v[2 * mu];
            ji += x * v.v[2 * mu + 1];
        }
        // i c sign (jr + i ji)(sr + i si)
        double pr = jr * s.v[0] - ji * s.v[1];
        double pi = jr * s.v[1] + ji * s.v[0];
        Current t = sink.target(out, s.id, qcd, qed);
        t.v[0] += -sign * c * pi;
        t.v[1] += sign * c * pr;
    }

    /**
     * The seagull, V V′ φ φ* with 2i c_V c_V′ g^{μν}: two vectors and a smuon, or one and a pair.
     */
    void seagull(Current a, Current b, Current c, int sign, List<Current> out) {
        int qcd = a.qcd + b.qcd + c.qcd;
        int qed = a.qed + b.qed + c.qed + 2;
        if (!sink.allowed(qcd, qed)) {
            return;
        }
        Current[] cs = {a, b, c};
        int smuons = 0;
        for (Current x : cs) {
            smuons += isSmuon(x.id) ? 1 : 0;
        }
        if (smuons == 1) {
            Current s = isSmuon(a.id) ? a : isSmuon(b.id) ? b : c;
            Current v1 = s == a ? b : a;
            Current v2 = s == c ? b : c;
            if (!isNeutral(v1.id) || !isNeutral(v2.id)) {
                return;
            }
            double w = 2 * sign * coupling(s.id, v1.id) * coupling(s.id, v2.id);
            double[] jj = CurrentBlocks.product(v1.v, 0, v2.v, 0);
            double pr = jj[0] * s.v[0] - jj[1] * s.v[1];
            double pi = jj[0] * s.v[1] + jj[1] * s.v[0];
            Current t = sink.target(out, s.id, qcd, qed);
            t.v[0] += -w * pi;
            t.v[1] += w * pr;
        } else if (smuons == 2) {
            Current v = !isSmuon(a.id) ? a : !isSmuon(b.id) ? b : c;
            Current s1 = v == a ? b : a;
            Current s2 = v == c ? b : c;
            if (!isNeutral(v.id) || s1.id != -s2.id) {
                return;
            }
            double sr = s1.v[0] * s2.v[0] - s1.v[1] * s2.v[1];
            double si = s1.v[0] * s2.v[1] + s1.v[1] * s2.v[0];
            for (int boson : NEUTRAL) {
                double w = 2 * sign * coupling(s1.id, v.id) * coupling(s1.id, boson);
                Current t = sink.target(out, boson, qcd, qed);
                for (int mu = 0; mu < 4; mu++) {
                    double pr = v.v[2 * mu] * sr - v.v[2 * mu + 1] * si;
                    double pi = v.v[2 * mu] * si + v.v[2 * mu + 1] * sr;
                    t.v[2 * mu] += -w * pi;
                    t.v[2 * mu + 1] += w * pr;
                }
            }
        }
    }

    private static boolean isNeutral(int id) {
        return id == 22 || id == 23;
    }
}
