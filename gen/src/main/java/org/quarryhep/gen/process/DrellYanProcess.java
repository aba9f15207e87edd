package org.quarryhep.gen.process;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * q q̄ → γ*, Z → ℓ⁻ℓ⁺ with the full γ–Z interference (physics-formulas.md §2; PDG review
 * "Cross-section formulae for specific processes"): Σ̄|M|² = (16π²α²/N_c)[(|A_LL|²+|A_RR|²)û² +
 * (|A_LR|²+|A_RL|²)t̂²]/ŝ², A_ij = Q_qQ_ℓ + g_i^q g_j^ℓ χ_Z/(s_W²c_W²), t̂ = (p_q − p_ℓ⁻)². The
 * m(ℓℓ) range is taken from the cuts {@code mmll}/{@code mmllmax}, with a floor of 10 GeV where the
 * photon pole would otherwise diverge.
 */
public final class DrellYanProcess extends TwoToTwoProcess {
    /** The lowest m(ℓℓ) generated when no {@code mmll} cut is given, GeV. */
    public static final double DEFAULT_MLL_MIN = 10.0;

    private final int lepton;
    private final List<Channel> channels = quarkAntiquark(LIGHT_QUARKS);

    /**
     * Creates the process.
     *
     * @param lepton 11 (electrons) or 13 (muons)
     * @throws InvalidParameterException for another lepton
     */
    public DrellYanProcess(int lepton) {
        this.lepton = Fermions.lightChargedLepton(lepton);
    }

    @Override
    public String name() {
        return "drell-yan";
    }

    @Override
    public String description() {
        return "q qbar -> gamma*/Z -> l- l+ (full interference)";
    }

    /** m(ℓℓ) ≥ {@value #DEFAULT_MLL_MIN} GeV: below it the photon pole makes σ diverge. */
    @Override
    public Map<String, Double> builtInCuts() {
        return Map.of("mmll", DEFAULT_MLL_MIN);
    }

    @Override
    protected List<Channel> channels() {
        return channels;
    }

    @Override
    protected double mass1(Collider c) {
        return 0;
    }

    @Override
    protected boolean resonant() {
        return true;
    }

    @Override
    protected double[] resonance(Collider c) {
        return new double[] {c.sm().mZ(), c.sm().widthZ()};
    }

    @Override
    protected double shatMin(Collider c) {
        double m = Math.max(c.cuts().get("mmll"), DEFAULT_MLL_MIN);
        return m * m;
    }

    @Override
    protected double shatMax(Collider c) {
        double m = c.cuts().get("mmllmax");
        return m > 0 ? m * m : c.s();
    }

    /**
     * Σ̄|M|² of q q̄ → ℓ⁻ℓ⁺.
     *
     * @param sm the SM inputs
     * @param quark the quark flavour (PDG id > 0)
     * @param shat ŝ
     * @param t (p_q − p_ℓ⁻)²
     * @param u (p_q − p_ℓ⁺)²
     * @return the averaged squared matrix element
     */
    public static double matrixElement(
            StandardModel sm, int quark, double shat, double t, double u) {
        double sw2 = sm.sw2();
        double cw2 = sm.cw2();
        double mz = sm.mZ();
        double gz = sm.widthZ();
        // chi_Z = s/(s - M^2 + i M Gamma)
        double dr = shat - mz * mz;
        double di = mz * gz;
        double den = dr * dr + di * di;
        double chiRe = shat * dr / den;
        double chiIm = -shat * di / den;
        double qq = Fermions.charge(quark);
        double ql = -1;
        double[] gq = {Fermions.t3(quark) - qq * sw2, -qq * sw2};
        double[] gl = {-0.5 + sw2, sw2};
        double norm = 1 / (sw2 * cw2);
        double same = 0;
        double opposite = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double re = qq * ql + gq[i] * gl[j] * norm * chiRe;
                double im = gq[i] * gl[j] * norm * chiIm;
                double a2 = re * re + im * im;
                if (i == j) {
                    same += a2;
                } else {
                    opposite += a2;
                }
            }
        }
        double alpha = sm.alpha();
        return 16
                * Math.PI
                * Math.PI
                * alpha
                * alpha
                / 3
                * (same * u * u + opposite * t * t)
                / (shat * shat);
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
        double shat = pa.plus(pb).m2();
        double t = qf[0].minus(p1).m2();
        double u = qf[0].minus(p2).m2();
        return matrixElement(c.sm(), Math.abs(ch.id1()), shat, t, u);
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        addIncomingSinglet(ev, ch, p);
        int z = ev.add(23, 2, p[2].plus(p[3]), 0, 1, 0, 0);
        ev.add(lepton, 1, p[2], z, z, 0, 0);
        ev.add(-lepton, 1, p[3], z, z, 0, 0);
    }
}
