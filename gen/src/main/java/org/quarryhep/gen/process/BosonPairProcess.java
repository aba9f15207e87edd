package org.quarryhep.gen.process;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * Common part of q q̄ → V V with two on-shell electroweak bosons of one mass, produced through the
 * s channel and the exchange of a massless quark (W⁺W⁻, ZZ): the light-quark channels, the
 * t-channel pole, the matrix element evaluated at (ŝ, t̂ = (p_q − p_V1)²), and the spin-correlated
 * decay of both bosons.
 */
abstract class BosonPairProcess extends TwoToTwoProcess {
    /**
     * Upper bound of the unit-mean decay weight (3 per boson: see WPairAmplitudeTest and the ZZ
     * check beside it).
     */
    static final double DECAY_WEIGHT_BOUND = 9.0;

    private final List<Channel> channels = quarkAntiquark(LIGHT_QUARKS);

    /**
     * |M|² of both bosons' decays for fixed production momenta, to be accepted against its
     * decay-angle average.
     */
    @FunctionalInterface
    interface DecayAmplitude {
        /**
         * The squared amplitude for one choice of decay momenta.
         *
         * @param quark the incoming quark's momentum
         * @param antiquark the incoming antiquark's momentum
         * @param d1 the decay products of boson 1 (fermion, antifermion)
         * @param d2 the decay products of boson 2
         * @return the squared amplitude with decay currents
         */
        double squared(
                FourMomentum quark, FourMomentum antiquark, FourMomentum[] d1, FourMomentum[] d2);
    }

    /** The mass of both bosons, GeV. */
    protected abstract double bosonMass(StandardModel sm);

    /**
     * Σ̄|M|² of the production.
     *
     * @param sm the SM inputs
     * @param quark the quark flavour
     * @param s ŝ
     * @param t (p_q − p_V1)²
     * @return the averaged squared matrix element
     */
    protected abstract double pairMatrixElement(StandardModel sm, int quark, double s, double t);

    @Override
    protected final List<Channel> channels() {
        return channels;
    }

    @Override
    protected final double mass1(Collider c) {
        return bosonMass(c.sm());
    }

    @Override
    protected final double tChannelDelta(double shat, double m1, double m2) {
        return masslessExchangeDelta(shat, m1);
    }

    @Override
    protected final double matrixElement(
            Channel ch,
            FourMomentum pa,
            FourMomentum pb,
            FourMomentum p1,
            FourMomentum p2,
            double alphaS,
            Collider c) {
        FourMomentum[] qf = quarkFirst(ch, pa, pb);
        return pairMatrixElement(
                c.sm(), Math.abs(ch.id1()), pa.plus(pb).m2(), qf[0].minus(p1).m2());
    }

    /**
     * Decays both bosons isotropically and accepts the angles with the ratio of the amplitude with
     * decay currents to its average, so that the spin correlation is kept.
     *
     * @param ch the parton channel
     * @param p the lab momenta pa, pb, V1, V2
     * @param c the collision
     * @param decayNorm the decay-angle average of the amplitude divided by the production Σ̄|M|²
     * @param amplitude the amplitude with decay currents
     * @param rng randomness for the decay angles
     * @return the decay products of V1 and of V2
     */
    protected final FourMomentum[][] correlatedDecays(
            Channel ch,
            FourMomentum[] p,
            Collider c,
            double decayNorm,
            DecayAmplitude amplitude,
            SplittableRandom rng) {
        FourMomentum[] qf = quarkFirst(ch, p[0], p[1]);
        double norm =
                decayNorm
                        * pairMatrixElement(
                                c.sm(),
                                Math.abs(ch.id1()),
                                p[0].plus(p[1]).m2(),
                                qf[0].minus(p[2]).m2());
        FourMomentum[] d1;
        FourMomentum[] d2;
        do {
            d1 = Decays.isotropic(p[2], 0, 0, rng);
            d2 = Decays.isotropic(p[3], 0, 0, rng);
        } while (amplitude.squared(qf[0], qf[1], d1, d2)
                < rng.nextDouble() * DECAY_WEIGHT_BOUND * norm);
        return new FourMomentum[][] {d1, d2};
    }
}
