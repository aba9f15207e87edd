package org.quarryhep.gen.process;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * q q̄ → W⁺W⁻ through s-channel γ, Z and t/u-channel quark exchange, on-shell W bosons (Brown and
 * Mikaelian, Phys. Rev. D19 (1979) 922; closed form of physics-formulas.md §5, with x = t̂ and η =
 * +1 for down-type quarks, x = û and η = −1 for up-type, t̂ = (p_q − p_W⁻)²): Σ̄|M|² =
 * (16π²α²/N_c)[C_ss G_ss + η C_sx G_sx + C_xx G_xx]. The on-shell W bosons decay to eν or μν
 * ({@code decay} 1), or to eν, μν or τν ({@code decay} 2, the τ undecayed with its V−A helicity,
 * for the shower's τ decays), with the full spin correlation: decay angles are accepted with the
 * ratio of the helicity amplitude with decay currents ({@link WPairAmplitude}) to its decay-angle
 * average.
 */
public final class WPairProcess extends BosonPairProcess {
    private final boolean leptonic;
    private final int leptonFlavours;

    /**
     * Creates the process.
     *
     * @param decay 0: stable W bosons; 1: both W → ℓν (ℓ = e, μ); 2: both W → ℓν (ℓ = e, μ, τ)
     * @throws InvalidParameterException for another value
     */
    public WPairProcess(int decay) {
        if (decay < 0 || decay > 2) {
            throw new InvalidParameterException(
                    "decay: expected 0 (stable), 1 (both W -> l nu, l = e, mu) or 2 (both W -> l"
                            + " nu, l = e, mu, tau), found "
                            + decay);
        }
        this.leptonic = decay != 0;
        this.leptonFlavours = decay == 2 ? 3 : 2;
    }

    @Override
    public String name() {
        return "ww";
    }

    @Override
    public String description() {
        return "q qbar -> W+ W-"
                + (leptonic
                        ? " -> l nu l nu (l = e, mu" + (leptonFlavours == 3 ? ", tau)" : ")")
                        : "");
    }

    /**
     * Σ̄|M|² of q q̄ → W⁻W⁺.
     *
     * @param sm the SM inputs
     * @param quark the quark flavour
     * @param s ŝ
     * @param t (p_q − p_W⁻)²
     * @return the averaged squared matrix element
     */
    public static double matrixElement(StandardModel sm, int quark, double s, double t) {
        double mw = sm.mW();
        double mw2 = mw * mw;
        double u = 2 * mw2 - s - t;
        double mz = sm.mZ();
        double gz = sm.widthZ();
        double sw2 = sm.sw2();
        double q = Fermions.charge(quark);
        double gl = Fermions.t3(quark) - q * sw2;
        double gr = -q * sw2;
        double chi2 = s * s / (Math.pow(s - mz * mz, 2) + mz * mz * gz * gz);
        double chi1 = chi2 * (1 - mz * mz / s);
        double css =
                q * q / 2
                        + q * (gl + gr) * chi1 / (2 * sw2)
                        + (gl * gl + gr * gr) * chi2 / (4 * sw2 * sw2);
        double csx = q / (4 * sw2) + gl * chi1 / (4 * sw2 * sw2);
        double cxx = 1 / (16 * sw2 * sw2);
        boolean downType = Math.abs(quark) % 2 == 1;
        double x = downType ? t : u;
        double eta = downType ? 1 : -1;
        double pt2 = (t * u - mw2 * mw2) / s;
        double r = s * (4 * mw2 + pt2) / (mw2 * mw2);
        double lam = s * s - 4 * s * mw2;
        double gss = (lam * r + 12 * s * pt2) / (s * s);
        double gxx = r + 4 * s * pt2 / (x * x);
        double gsx = (s - 2 * mw2) * r / s + 4 * (2 * mw2 - pt2) / x;
        double alpha = sm.alpha();
        return 16
                * Math.PI
                * Math.PI
                * alpha
                * alpha
                / 3
                * (css * gss + eta * csx * gsx + cxx * gxx);
    }

    @Override
    protected double bosonMass(StandardModel sm) {
        return sm.mW();
    }

    @Override
    protected double pairMatrixElement(StandardModel sm, int quark, double s, double t) {
        return matrixElement(sm, quark, s, t);
    }

    @Override
    protected double finalStateFactor(Collider c) {
        double bl = c.sm().branchingWToLeptonNeutrino();
        return leptonic ? leptonFlavours * leptonFlavours * bl * bl : 1.0;
    }

    /** e, μ (one random bit, as in the e/μ mode's earlier samples) or e, μ, τ by the mode. */
    private int chargedLepton(SplittableRandom rng) {
        if (leptonFlavours == 2) {
            return rng.nextBoolean() ? 11 : 13;
        }
        return 11 + 2 * rng.nextInt(3);
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        addIncomingSinglet(ev, ch, p);
        if (!leptonic) {
            ev.add(-24, 1, p[2], 0, 1, 0, 0);
            ev.add(24, 1, p[3], 0, 1, 0, 0);
            return;
        }
        int wm = ev.add(-24, 2, p[2], 0, 1, 0, 0);
        int wp = ev.add(24, 2, p[3], 0, 1, 0, 0);
        int l1 = chargedLepton(rng);
        int l2 = chargedLepton(rng);
        int quark = Math.abs(ch.id1());
        StandardModel sm = c.sm();
        double mw = sm.mW();
        FourMomentum[][] d =
                correlatedDecays(
                        ch,
                        p,
                        c,
                        Math.pow(sm.g() * sm.g() * mw * mw / 3, 2),
                        (q, qbar, a, b) ->
                                WPairAmplitude.squared(sm, quark, q, qbar, a[0], a[1], b[0], b[1]),
                        rng);
        FourMomentum[] d1 = d[0];
        FourMomentum[] d2 = d[1];
        Decays.addLeptonPair(ev, wm, l1, -(l1 + 1), d1[0], d1[1], sm.mTau());
        Decays.addLeptonPair(ev, wp, -l2, l2 + 1, d2[0], d2[1], sm.mTau());
    }
}
