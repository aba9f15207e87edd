package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * Helicity amplitude of q q̄ → W⁻W⁺ → (ℓ⁻ν̄)(ℓ⁺ν) with on-shell W bosons (the doubly resonant
 * diagrams; physics-formulas.md §5, amplitude form, polarisation vectors replaced by the decay
 * currents). Massless fermions in two-component (Weyl) form, chiral basis: ψ̄₁γ^μP_Lψ₂ =
 * ψ₁L†σ̄^μψ₂L, ψ̄₁γ^μP_Rψ₂ = ψ₁R†σ^μψ₂R. Used to sample the decay angles with the full spin
 * correlation: averaged over the decay solid angles, Σ|M|² equals (g²M_W²/3)² times the production
 * Σ|M|² (the on-shell polarisation sum), so the ratio is a unit-mean decay weight.
 */
final class WPairAmplitude {
    private WPairAmplitude() {}

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
    static double squared(
            StandardModel sm,
            int quark,
            FourMomentum pa,
            FourMomentum pb,
            FourMomentum lm,
            FourMomentum nub,
            FourMomentum lp,
            FourMomentum nu) {
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
        Weyl.Cx[] j1 = Weyl.scale(Weyl.current(Weyl.left(lm), Weyl.left(nub), 1), f);
        Weyl.Cx[] j2 = Weyl.scale(Weyl.current(Weyl.left(nu), Weyl.left(lp), 1), f);
        // Gamma_rho = (J1.J2)(p1 - p2) - 2 (p1.J2) J1 + 2 (p2.J1) J2
        Weyl.Cx[] p12 = Weyl.real(p1.minus(p2));
        Weyl.Cx j12 = Weyl.dot(j1, j2);
        Weyl.Cx[] gam = new Weyl.Cx[4];
        Weyl.Cx a1 = Weyl.dot(Weyl.real(p1), j2).times(-2);
        Weyl.Cx a2 = Weyl.dot(Weyl.real(p2), j1).times(2);
        for (int i = 0; i < 4; i++) {
            gam[i] = j12.times(p12[i]).plus(a1.times(j1[i])).plus(a2.times(j2[i]));
        }
        double mz = sm.mZ();
        double wz = sm.widthZ();
        double dr = s - mz * mz;
        double di = mz * wz;
        Weyl.Cx pz = new Weyl.Cx(dr / (dr * dr + di * di), -di / (dr * dr + di * di));
        Weyl.Cx cL = new Weyl.Cx(e * e * q / s, 0).plus(pz.times(g * cw * gz * gl));
        Weyl.Cx cR = new Weyl.Cx(e * e * q / s, 0).plus(pz.times(g * cw * gz * gr));
        Weyl.Cx[] uL = Weyl.left(pa);
        Weyl.Cx[] vL = Weyl.left(pb);
        Weyl.Cx[] uR = Weyl.right(pa);
        Weyl.Cx[] vR = Weyl.right(pb);
        Weyl.Cx ampL = cL.times(Weyl.dot(Weyl.current(vL, uL, 1), gam));
        Weyl.Cx ampR = cR.times(Weyl.dot(Weyl.current(vR, uR, -1), gam));
        boolean downType = Math.abs(quark) % 2 == 1;
        Weyl.Cx[] first = downType ? j2 : j1;
        Weyl.Cx[] last = downType ? j1 : j2;
        FourMomentum k = pa.minus(downType ? p1 : p2);
        double den = k.m2();
        Weyl.Cx[] chain =
                Weyl.mul(
                        Weyl.slash(first, 1),
                        Weyl.mul(Weyl.slash(Weyl.real(k), -1), Weyl.mul(Weyl.slash(last, 1), uL)));
        Weyl.Cx ampX = Weyl.dagger(vL, chain).times(-g * g / 2 / den);
        double sum = ampL.plus(ampX).abs2() + ampR.abs2();
        return sum / 12;
    }
}
