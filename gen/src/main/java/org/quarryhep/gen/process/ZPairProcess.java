package org.quarryhep.gen.process;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * q q̄ → Z Z, on-shell (physics-formulas.md §6; Brown and Mikaelian 1979): Σ̄|M|² = 16π²α²(g_L⁴ +
 * g_R⁴)/(N_c s_W⁴ c_W⁴) F(t̂, û), F = t/u + u/t + 4M_Z²s/(tu) − M_Z⁴(1/t² + 1/u²), with the
 * identical-boson factor ½. Decays to ℓℓνν or ℓℓℓℓ (ℓ = e, μ) keep the full spin correlation (decay
 * angles accepted with the ratio of {@link ZPairAmplitude} to its angular average), weighted by
 * MadGraph-width branching ratios.
 */
public final class ZPairProcess extends BosonPairProcess {
    private final int decay;

    /**
     * Creates the process.
     *
     * @param decay 0 stable, 1 ℓℓνν̄, 2 ℓℓℓℓ
     * @throws InvalidParameterException for another value
     */
    public ZPairProcess(int decay) {
        if (decay < 0 || decay > 2) {
            throw new InvalidParameterException(
                    "decay: expected 0 (stable), 1 (llnunu) or 2 (4l), found " + decay);
        }
        this.decay = decay;
    }

    @Override
    public String name() {
        return "zz";
    }

    @Override
    public String description() {
        return "q qbar -> Z Z" + (decay == 1 ? " -> l l nu nu" : decay == 2 ? " -> 4l" : "");
    }

    /**
     * Σ̄|M|² of q q̄ → ZZ (without the identical-particle ½).
     *
     * @param sm the SM inputs
     * @param quark the quark flavour
     * @param s ŝ
     * @param t (p_q − p_Z1)²
     * @return the averaged squared matrix element
     */
    public static double matrixElement(StandardModel sm, int quark, double s, double t) {
        double mz2 = sm.mZ() * sm.mZ();
        double u = 2 * mz2 - s - t;
        double q = Fermions.charge(quark);
        double gl = Fermions.t3(quark) - q * sm.sw2();
        double gr = -q * sm.sw2();
        double f = t / u + u / t + 4 * mz2 * s / (t * u) - mz2 * mz2 * (1 / (t * t) + 1 / (u * u));
        double a = sm.alpha();
        double sc = sm.sw2() * sm.cw2();
        return 16
                * Math.PI
                * Math.PI
                * a
                * a
                * (Math.pow(gl, 4) + Math.pow(gr, 4))
                / (3 * sc * sc)
                * f;
    }

    @Override
    protected double bosonMass(StandardModel sm) {
        return sm.mZ();
    }

    @Override
    protected double pairMatrixElement(StandardModel sm, int quark, double s, double t) {
        return matrixElement(sm, quark, s, t);
    }

    /** BR(Z → ℓℓ) per flavour with the MadGraph Γ_Z. */
    static double branchingLeptons(StandardModel sm) {
        return sm.widthZToFermions(-0.5, -1, 1) / sm.widthZ();
    }

    /** BR(Z → νν̄), three flavours. */
    static double branchingNeutrinos(StandardModel sm) {
        return 3 * sm.widthZToFermions(0.5, 0, 1) / sm.widthZ();
    }

    @Override
    protected double finalStateFactor(Collider c) {
        double ll = 2 * branchingLeptons(c.sm());
        double nn = branchingNeutrinos(c.sm());
        return 0.5
                * switch (decay) {
                    case 1 -> 2 * ll * nn;
                    case 2 -> ll * ll;
                    default -> 1.0;
                };
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        addIncomingSinglet(ev, ch, p);
        if (decay == 0) {
            ev.add(23, 1, p[2], 0, 1, 0, 0);
            ev.add(23, 1, p[3], 0, 1, 0, 0);
            return;
        }
        int z1 = ev.add(23, 2, p[2], 0, 1, 0, 0);
        int z2 = ev.add(23, 2, p[3], 0, 1, 0, 0);
        boolean firstLeptons = decay == 2 || rng.nextBoolean();
        int f1 = firstLeptons ? (rng.nextBoolean() ? 11 : 13) : nu(rng);
        int f2 = decay == 2 || !firstLeptons ? (rng.nextBoolean() ? 11 : 13) : nu(rng);
        int quark = Math.abs(ch.id1());
        StandardModel sm = c.sm();
        FourMomentum[][] d =
                correlatedDecays(
                        ch,
                        p,
                        c,
                        ZPairAmplitude.decayNorm(sm, f1, f2),
                        (q, qbar, a, b) ->
                                ZPairAmplitude.squared(
                                        sm, quark, q, qbar, f1, a[0], a[1], f2, b[0], b[1]),
                        rng);
        FourMomentum[] d1 = d[0];
        FourMomentum[] d2 = d[1];
        ev.add(f1, 1, d1[0], z1, z1, 0, 0);
        ev.add(-f1, 1, d1[1], z1, z1, 0, 0);
        ev.add(f2, 1, d2[0], z2, z2, 0, 0);
        ev.add(-f2, 1, d2[1], z2, z2, 0, 0);
    }

    private static int nu(SplittableRandom rng) {
        return 12 + 2 * rng.nextInt(3);
    }
}
