package org.quarryhep.gen.process;

import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;

/**
 * The momenta of a decayed g g → t t̄ → b W⁺(→ A B) b̄ W⁻(→ A′ B′) record as gen writes it, in the
 * roles of the narrow-width amplitude of {@link TopPairAmplitude}: A is the down-type member of the
 * W⁺ doublet (ℓ⁺, d̄, s̄; odd |PDG id|), B the up-type one (ν, u, c); for the W⁻, A′ = ℓ⁻, d, s and
 * B′ = ν̄, ū, c̄. From them come the spin weights of the QCD and of the J = 0 t t̄ states, which
 * with the production |M|² pieces give the decay-inclusive |M|² (see {@link
 * TopPairResonanceWeights#spinWeights}).
 *
 * @param parton1 the incoming parton from beam 1 (a gluon from {@link #of})
 * @param parton2 the incoming parton from beam 2
 * @param bottom the b from the top
 * @param wPlusDown ℓ⁺ or the d̄-type quark from the W⁺
 * @param wPlusUp ν or the u-type quark from the W⁺
 * @param antiBottom the b̄ from the anti-top
 * @param wMinusDown ℓ⁻ or the d-type quark from the W⁻
 * @param wMinusUp ν̄ or the ū-type antiquark from the W⁻
 * @param wPlusDownId the PDG id of {@code wPlusDown} (−11, −13, −15, −1, −3)
 * @param wMinusDownId the PDG id of {@code wMinusDown} (11, 13, 15, 1, 3)
 */
public record TopPairDecays(
        FourMomentum parton1,
        FourMomentum parton2,
        FourMomentum bottom,
        FourMomentum wPlusDown,
        FourMomentum wPlusUp,
        FourMomentum antiBottom,
        FourMomentum wMinusDown,
        FourMomentum wMinusUp,
        int wPlusDownId,
        int wMinusDownId) {

    /**
     * Reads the decay chains of a generated g g → t t̄ event: the two incoming gluons (status −1,
     * beam 1 first), the top (6) and anti-top (−6) with their b and W daughters and the W
     * daughters. A τ from the W is read at its recorded (on-shell) momentum; the generator's spin
     * weight used the massless one, an O(m_τ²/m_W²) difference.
     *
     * @param e the event
     * @return the momenta
     * @throws InvalidParameterException when the event is not g g → t t̄ or its tops are not
     *     decayed to b W with a two-body W decay
     */
    public static TopPairDecays of(Event e) {
        return read(e, true);
    }

    /**
     * Reads the decay chains of a t t̄ record with any two incoming partons (g g or q q̄), for the
     * observables; the spin weights need {@link #of}.
     */
    static TopPairDecays read(Event e, boolean gluonsOnly) {
        FourMomentum[] beams = new FourMomentum[2];
        int nBeams = 0;
        int top = -1;
        int antiTop = -1;
        for (int i = 0; i < e.particles().size(); i++) {
            Particle p = e.particle(i);
            if (p.status() == -1) {
                if ((gluonsOnly && p.pdgId() != 21) || nBeams == 2) {
                    throw notDecayed(
                            e,
                            "incoming " + p.pdgId() + ", expected " + (gluonsOnly ? "g g" : "2"));
                }
                beams[nBeams++] = p.momentum();
            } else if (p.pdgId() == 6 && top < 0) {
                top = i;
            } else if (p.pdgId() == -6 && antiTop < 0) {
                antiTop = i;
            }
        }
        if (nBeams != 2 || top < 0 || antiTop < 0) {
            throw notDecayed(e, "needs two incoming partons, a t and a tbar");
        }
        Chain t = chain(e, top, 5, 24);
        Chain tb = chain(e, antiTop, -5, -24);
        return new TopPairDecays(
                beams[0], beams[1], t.b, t.down, t.up, tb.b, tb.down, tb.up, t.downId, tb.downId);
    }

    /** One top's b-quark daughter and the down- and up-type W daughters. */
    private record Chain(FourMomentum b, FourMomentum down, FourMomentum up, int downId) {}

    private static Chain chain(Event e, int top, int bId, int wId) {
        FourMomentum b = null;
        int w = -1;
        for (int d : e.daughters(top)) {
            if (e.particle(d).pdgId() == bId) {
                b = e.particle(d).momentum();
            } else if (e.particle(d).pdgId() == wId) {
                w = d;
            }
        }
        if (b == null || w < 0) {
            throw notDecayed(
                    e, "particle " + top + " (" + e.particle(top).pdgId() + ") has no b W");
        }
        FourMomentum down = null;
        FourMomentum up = null;
        int downId = 0;
        int[] ws = e.daughters(w);
        for (int d : ws) {
            int id = Math.abs(e.particle(d).pdgId());
            if (id % 2 == 1) {
                down = e.particle(d).momentum();
                downId = e.particle(d).pdgId();
            } else {
                up = e.particle(d).momentum();
            }
        }
        if (ws.length != 2 || down == null || up == null) {
            throw notDecayed(e, "W at " + w + " is not a two-body decay to a doublet");
        }
        return new Chain(b, down, up, downId);
    }

    private static InvalidParameterException notDecayed(Event e, String why) {
        return new InvalidParameterException(
                "event " + e.number() + ": not a decayed g g -> t tbar record (" + why + ")");
    }

    /** The top momentum, b + W⁺ daughters. */
    public FourMomentum top() {
        return bottom.plus(wPlusDown).plus(wPlusUp);
    }

    /** The anti-top momentum, b̄ + W⁻ daughters. */
    public FourMomentum antiTop() {
        return antiBottom.plus(wMinusDown).plus(wMinusUp);
    }

    /**
     * The QCD g g → t t̄ spin weight: the decayed, spin-correlated |M|² over the product of the
     * production |M|² and the unpolarised decays ({@link TopPairAmplitude#correlationWeight}).
     *
     * @param mt the top mass
     * @return the weight (unit mean over unpolarised decays)
     */
    public double qcdSpinWeight(double mt) {
        return TopPairAmplitude.correlationWeight(
                true,
                mt,
                parton1,
                parton2,
                bottom,
                wPlusDown,
                wPlusUp,
                antiBottom,
                wMinusDown,
                wMinusUp);
    }

    /**
     * The spin weight of the J = 0 state of g g → S → t t̄ ({@link TopPairAmplitude#scalarWeight}),
     * which the signal and the interference share.
     *
     * @param cpOdd true for the pseudoscalar (¹S₀), false for the scalar (³P₀)
     * @param mt the top mass
     * @return the weight (unit mean over unpolarised decays)
     */
    public double scalarSpinWeight(boolean cpOdd, double mt) {
        return TopPairAmplitude.scalarWeight(
                cpOdd, mt, bottom, wPlusDown, wPlusUp, antiBottom, wMinusDown, wMinusUp);
    }
}
