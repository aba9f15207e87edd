package org.quarryhep.gen.process;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * q q̄ → γ*, Z → μ̃_R⁻ μ̃_R⁺ with μ̃_R → μ χ̃⁰₁ (pure bino) (Dawson, Eichten, Quigg, Phys. Rev. D31
 * (1985) 1581; physics-formulas.md §10): Σ̄|M|² = (16π²α²/N_c)(t̂û − m⁴)Σ_i|A_i|²/ŝ², A_i = Q_q
 * Q_μ̃ + g_i^q g^μ̃ χ_Z/(s_W²c_W²), g^μ̃_R = s_W². The smuons decay isotropically (scalars);
 * BR(μ̃_R → μχ̃) = 1 and Γ = α m(1 − m_χ²/m²)²/(2c_W²).
 */
public final class SmuonPairProcess extends TwoToTwoProcess {
    private final double mSmuon;
    private final double mChi;
    private final List<Channel> channels = quarkAntiquark(LIGHT_QUARKS);

    /**
     * Creates the process.
     *
     * @param mSmuon the μ̃_R mass, GeV
     * @param mChi the χ̃⁰₁ mass, GeV (below m_μ̃)
     * @throws InvalidParameterException when the masses are not ordered and positive
     */
    public SmuonPairProcess(double mSmuon, double mChi) {
        if (!(mSmuon > 0) || !(mChi >= 0) || !(mChi < mSmuon)) {
            throw new InvalidParameterException(
                    "need 0 <= Mchi < Msmu; found Msmu=" + mSmuon + ", Mchi=" + mChi);
        }
        this.mSmuon = mSmuon;
        this.mChi = mChi;
    }

    @Override
    public String name() {
        return "smuon-pair";
    }

    @Override
    public String description() {
        return "q qbar -> gamma*, Z -> smu_R+ smu_R-, smu_R -> mu chi10";
    }

    /** Γ(μ̃_R → μ χ̃⁰₁) = α m (1 − m_χ²/m²)²/(2 c_W²). */
    public double width(Collider c) {
        double r = 1 - mChi * mChi / (mSmuon * mSmuon);
        return c.sm().alpha() * mSmuon * r * r / (2 * c.sm().cw2());
    }

    /**
     * Σ̄|M|² of q q̄ → μ̃_R⁻ μ̃_R⁺.
     *
     * @param sm the SM inputs
     * @param quark the quark flavour
     * @param shat ŝ
     * @param t (p_q − p_μ̃⁻)²
     * @param m the smuon mass
     * @return the averaged squared matrix element
     */
    public static double matrixElement(
            StandardModel sm, int quark, double shat, double t, double m) {
        double u = 2 * m * m - shat - t;
        double sw2 = sm.sw2();
        double cw2 = sm.cw2();
        double mz = sm.mZ();
        double gz = sm.widthZ();
        double dr = shat - mz * mz;
        double den = dr * dr + mz * mz * gz * gz;
        double chiRe = shat * dr / den;
        double chiIm = -shat * mz * gz / den;
        double qq = Fermions.charge(quark);
        double[] gq = {Fermions.t3(quark) - qq * sw2, -qq * sw2};
        double gs = sw2;
        double sum = 0;
        for (double g : gq) {
            double re = -qq + g * gs * chiRe / (sw2 * cw2);
            double im = g * gs * chiIm / (sw2 * cw2);
            sum += re * re + im * im;
        }
        double alpha = sm.alpha();
        return 16
                * Math.PI
                * Math.PI
                * alpha
                * alpha
                / 3
                * (t * u - m * m * m * m)
                * sum
                / (shat * shat);
    }

    @Override
    protected List<Channel> channels() {
        return channels;
    }

    @Override
    protected double mass1(Collider c) {
        return mSmuon;
    }

    @Override
    protected double matrixElement(
            Channel ch,
            FourMomentum pa,
            FourMomentum pb,
            FourMomentum p1,
            FourMomentum p2,
            double alphaS,
            Collider c) {
        FourMomentum[] qf = quarkFirst(ch, pa, pb);
        return matrixElement(
                c.sm(), Math.abs(ch.id1()), pa.plus(pb).m2(), qf[0].minus(p1).m2(), mSmuon);
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        addIncomingSinglet(ev, ch, p);
        int s1 = ev.add(2000013, 2, p[2], 0, 1, 0, 0);
        int s2 = ev.add(-2000013, 2, p[3], 0, 1, 0, 0);
        FourMomentum[] d1 = Decays.isotropic(p[2], 0, mChi, rng);
        FourMomentum[] d2 = Decays.isotropic(p[3], 0, mChi, rng);
        ev.add(13, 1, d1[0], s1, s1, 0, 0);
        ev.add(1000022, 1, d1[1], s1, s1, 0, 0);
        ev.add(-13, 1, d2[0], s2, s2, 0, 0);
        ev.add(1000022, 1, d2[1], s2, s2, 0, 0);
    }
}
