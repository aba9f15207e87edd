package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * Helicity amplitude of q q̄ → W⁻W⁺ → (ℓ⁻ν̄)(ℓ⁺ν) with on-shell W bosons (the doubly resonant
 * diagrams; physics-formulas.md §5, amplitude form, polarisation vectors replaced by the decay
 * currents). Massless fermions in two-component (Weyl) form, chiral basis: ψ̄₁γ^μP_Lψ₂ =
 * ψ₁L†σ̄^μψ₂L, ψ̄₁γ^μP_Rψ₂ = ψ₁R†σ^μψ₂R. Used to sample the decay angles with the full spin
 * correlation: averaged over the decay solid angles, Σ|M|² equals (g²M_W²/3)² times the
 * production Σ|M|² (the on-shell polarisation sum), so the ratio is a unit-mean decay weight.
 */
final class WPairAmplitude {
    private WPairAmplitude() {}

    /** A complex number. */
    private record Cx(double re, double im) {
        Cx plus(Cx o) {
            return new Cx(re + o.re, im + o.im);
        }

        Cx minus(Cx o) {
            return new Cx(re - o.re, im - o.im);
        }

        Cx times(Cx o) {
            return new Cx(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        Cx times(double f) {
            return new Cx(re * f, im * f);
        }

        Cx conj() {
            return new Cx(re, -im);
        }

        double abs2() {
            return re * re + im * im;
        }
    }

    private static final Cx ZERO = new Cx(0, 0);

    /** Two-spinor of helicity −1/2 along p, times √(2E) (ξ₋ up to a phase). */
    private static Cx[] left(FourMomentum p) {
        double a = p.p();
        double n = Math.sqrt(2 * p.e());
        if (p.pz() >= 0) {
            double norm = n / Math.sqrt(2 * a * (a + p.pz()));
            return new Cx[] {new Cx(-p.px() * norm, p.py() * norm), new Cx((a + p.pz()) * norm, 0)};
        }
        double norm = n / Math.sqrt(2 * a * (a - p.pz()));
        return new Cx[] {new Cx(-(a - p.pz()) * norm, 0), new Cx(p.px() * norm, p.py() * norm)};
    }

    /** Two-spinor of helicity +1/2 along p, times √(2E). */
    private static Cx[] right(FourMomentum p) {
        double a = p.p();
        double n = Math.sqrt(2 * p.e());
        if (p.pz() >= 0) {
            double norm = n / Math.sqrt(2 * a * (a + p.pz()));
            return new Cx[] {new Cx((a + p.pz()) * norm, 0), new Cx(p.px() * norm, p.py() * norm)};
        }
        double norm = n / Math.sqrt(2 * a * (a - p.pz()));
        return new Cx[] {new Cx(p.px() * norm, -p.py() * norm), new Cx((a - p.pz()) * norm, 0)};
    }

    /** 2×2 matrix X⁰ + s·X⃗·σ⃗ for a complex four-vector X (s = +1: X_μσ̄^μ; −1: X_μσ^μ). */
    private static Cx[] slash(Cx[] x, int s) {
        Cx x0 = x[0];
        Cx x1 = x[1].times(s);
        Cx x2 = x[2].times(s);
        Cx x3 = x[3].times(s);
        // sigma_x = [[0,1],[1,0]], sigma_y = [[0,-i],[i,0]], sigma_z = [[1,0],[0,-1]]
        Cx ix2 = new Cx(-x2.im(), x2.re());
        return new Cx[] {x0.plus(x3), x1.minus(ix2), x1.plus(ix2), x0.minus(x3)};
    }

    private static Cx[] real(FourMomentum p) {
        return new Cx[] {new Cx(p.e(), 0), new Cx(p.px(), 0), new Cx(p.py(), 0), new Cx(p.pz(), 0)};
    }

    private static Cx[] mul(Cx[] m, Cx[] v) {
        return new Cx[] {m[0].times(v[0]).plus(m[1].times(v[1])),
            m[2].times(v[0]).plus(m[3].times(v[1]))};
    }

    private static Cx dagger(Cx[] a, Cx[] b) {
        return a[0].conj().times(b[0]).plus(a[1].conj().times(b[1]));
    }

    /** a† σ̄^μ b (s = +1) or a† σ^μ b (s = −1) as a complex four-vector. */
    private static Cx[] current(Cx[] a, Cx[] b, int s) {
        Cx[] out = new Cx[4];
        out[0] = dagger(a, b);
        // sigma-bar^i = -sigma^i
        Cx[] sx = {b[1], b[0]};
        Cx[] sy = {new Cx(b[1].im(), -b[1].re()), new Cx(-b[0].im(), b[0].re())};
        Cx[] sz = {b[0], b[1].times(-1)};
        out[1] = dagger(a, sx).times(-s);
        out[2] = dagger(a, sy).times(-s);
        out[3] = dagger(a, sz).times(-s);
        return out;
    }

    private static Cx dot(Cx[] a, Cx[] b) {
        return a[0].times(b[0]).minus(a[1].times(b[1])).minus(a[2].times(b[2]))
                .minus(a[3].times(b[3]));
    }

    private static Cx[] combine(Cx ca, Cx[] a, Cx cb, Cx[] b) {
        Cx[] out = new Cx[4];
        for (int i = 0; i < 4; i++) {
            out[i] = ca.times(a[i]).plus(cb.times(b[i]));
        }
        return out;
    }

    /**
     * Σ̄|M|² of q q̄ → W⁻(ℓ⁻ν̄) W⁺(ℓ⁺ν) with on-shell W propagators left out.
     *
     * @param sm SM inputs
     * @param quark quark flavour (1–4)
     * @param pa quark momentum
     * @param pb antiquark momentum
     * @param lm ℓ⁻
     * @param nub ν̄
     * @param lp ℓ⁺
     * @param nu ν
     * @return the spin- and colour-averaged squared amplitude
     */
    static double squared(StandardModel sm, int quark, FourMomentum pa, FourMomentum pb,
            FourMomentum lm, FourMomentum nub, FourMomentum lp, FourMomentum nu) {
        double g = sm.g();
        double e = sm.e();
        double cw = Math.sqrt(sm.cw2());
        double gz = e / Math.sqrt(sm.sw2() * sm.cw2());
        double q = Fermions.charge(quark);
        double gl = Fermions.t3(quark) - q * sm.sw2();
        double gr = -q * sm.sw2();
        FourMomentum p1 = lm.plus(nub);
        FourMomentum p2 = lp.plus(nu);
        double s = pa.plus(pb).m2();
        double f = g / Math.sqrt(2);
        Cx[] j1 = scale(current(left(lm), left(nub), 1), f);
        Cx[] j2 = scale(current(left(nu), left(lp), 1), f);
        // Gamma_rho = (J1.J2)(p1 - p2) - 2 (p1.J2) J1 + 2 (p2.J1) J2
        Cx[] p12 = real(p1.minus(p2));
        Cx j12 = dot(j1, j2);
        Cx[] gam = new Cx[4];
        Cx a1 = dot(real(p1), j2).times(-2);
        Cx a2 = dot(real(p2), j1).times(2);
        for (int i = 0; i < 4; i++) {
            gam[i] = j12.times(p12[i]).plus(a1.times(j1[i])).plus(a2.times(j2[i]));
        }
        double mz = sm.mZ();
        double wz = sm.widthZ();
        double dr = s - mz * mz;
        double di = mz * wz;
        Cx pz = new Cx(dr / (dr * dr + di * di), -di / (dr * dr + di * di));
        Cx cL = new Cx(e * e * q / s, 0).plus(pz.times(g * cw * gz * gl));
        Cx cR = new Cx(e * e * q / s, 0).plus(pz.times(g * cw * gz * gr));
        Cx[] uL = left(pa);
        Cx[] vL = left(pb);
        Cx[] uR = right(pa);
        Cx[] vR = right(pb);
        Cx ampL = cL.times(dot(current(vL, uL, 1), gam));
        Cx ampR = cR.times(dot(current(vR, uR, -1), gam));
        boolean downType = Math.abs(quark) % 2 == 1;
        Cx[] first = downType ? j2 : j1;
        Cx[] last = downType ? j1 : j2;
        FourMomentum k = pa.minus(downType ? p1 : p2);
        double den = k.m2();
        Cx[] chain = mul(slash(first, 1), mul(slash(real(k), -1), mul(slash(last, 1), uL)));
        Cx ampX = dagger(vL, chain).times(-g * g / 2 / den);
        double sum = ampL.plus(ampX).abs2() + ampR.abs2();
        return sum / 12;
    }

    private static Cx[] scale(Cx[] v, double f) {
        Cx[] out = new Cx[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].times(f);
        }
        return out;
    }
}
