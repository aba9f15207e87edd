package org.quarryhep.gen.process;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * g g, q q̄ → t t̄ at LO QCD (Combridge, Nucl. Phys. B151 (1979) 429; physics-formulas.md §4) with
 * τ₁,₂ = (m_t² − t̂, û)/ŝ, ρ = 4m_t²/ŝ: Σ̄|M|²(q q̄) = g_s⁴(4/9)(τ₁² + τ₂² + ρ/2) and Σ̄|M|²(g g) =
 * g_s⁴(1/(6τ₁τ₂) − 3/8)(τ₁² + τ₂² + ρ − ρ²/(4τ₁τ₂)). Tops decay in the narrow-width approximation,
 * t → bW → b f f̄′, with the full t–t̄ spin correlation (decays accepted with {@link
 * TopPairAmplitude#correlationWeight}); the decay mode sets the branching-ratio factor.
 */
public final class TopPairProcess extends TwoToTwoProcess {
    /** Decay modes: {@code decay} parameter values. */
    public static final int STABLE = 0;

    /** Both W → eν or μν. */
    public static final int DILEPTON = 1;

    /** One W → eν or μν, the other → q q̄′. */
    public static final int SEMILEPTONIC = 2;

    /** Both W → q q̄′. */
    public static final int HADRONIC = 3;

    /** Every W decay by its branching ratio (e, μ, τ, u d̄, c s̄). */
    public static final int INCLUSIVE = 4;

    /** Initial states: g g and q q̄ ({@code initial} parameter values). */
    public static final int ALL_INITIAL = 0;

    /** g g → t t̄ only. */
    public static final int GLUONS_ONLY = 1;

    /**
     * q q̄ → t t̄ only: the background that {@link TopPairResonanceProcess} (g g only) lacks,
     * without counting g g twice.
     */
    public static final int QUARKS_ONLY = 2;

    /**
     * Both W → eν, μν or τν, the τ undecayed with its V−A helicity (for the shower's τ decays): the
     * dilepton mode with W → τ → ℓνν feed-down.
     */
    public static final int DILEPTON_WITH_TAU = 5;

    private final int mode;
    private final int initial;
    private final List<Channel> channels;

    /**
     * Creates the process with both initial states.
     *
     * @param mode one of the decay-mode constants
     * @throws InvalidParameterException for another mode
     */
    public TopPairProcess(int mode) {
        this(mode, ALL_INITIAL);
    }

    /**
     * Creates the process.
     *
     * @param mode one of the decay-mode constants
     * @param initial {@link #ALL_INITIAL}, {@link #GLUONS_ONLY} or {@link #QUARKS_ONLY}
     * @throws InvalidParameterException for another mode or initial state
     */
    public TopPairProcess(int mode, int initial) {
        if (initial < ALL_INITIAL || initial > QUARKS_ONLY) {
            throw new InvalidParameterException(
                    "initial: expected 0 (g g and q qbar), 1 (g g) or 2 (q qbar), found "
                            + initial);
        }
        if (mode < STABLE || mode > DILEPTON_WITH_TAU) {
            throw new InvalidParameterException(
                    "decay: expected 0 (stable), 1 (dilepton), 2 (semileptonic), 3 (hadronic),"
                            + " 4 (inclusive) or 5 (dilepton with tau), found "
                            + mode);
        }
        this.mode = mode;
        this.initial = initial;
        List<Channel> ch = new ArrayList<>();
        if (initial != QUARKS_ONLY) {
            ch.add(new Channel(21, 21));
        }
        if (initial != GLUONS_ONLY) {
            ch.addAll(quarkAntiquark(LIGHT_QUARKS));
        }
        this.channels = List.copyOf(ch);
    }

    @Override
    public String name() {
        return "ttbar";
    }

    @Override
    public String description() {
        String[] from = {"g g, q qbar", "g g", "q qbar"};
        return from[initial] + " -> t tbar, t -> b W (decay mode " + mode + ")";
    }

    @Override
    protected List<Channel> channels() {
        return channels;
    }

    @Override
    protected double mass1(Collider c) {
        return c.sm().mTop();
    }

    /** Σ̄|M|²/g_s⁴ of q q̄ → t t̄. */
    public static double quarkMatrixElement(double shat, double t, double mt) {
        double tau1 = (mt * mt - t) / shat;
        double tau2 = 1 - tau1;
        double rho = 4 * mt * mt / shat;
        return 4.0 / 9 * (tau1 * tau1 + tau2 * tau2 + rho / 2);
    }

    /** Σ̄|M|²/g_s⁴ of g g → t t̄. */
    public static double gluonMatrixElement(double shat, double t, double mt) {
        double tau1 = (mt * mt - t) / shat;
        double tau2 = 1 - tau1;
        double rho = 4 * mt * mt / shat;
        return (1 / (6 * tau1 * tau2) - 3.0 / 8)
                * (tau1 * tau1 + tau2 * tau2 + rho - rho * rho / (4 * tau1 * tau2));
    }

    @Override
    protected double tChannelDelta(double shat, double m1, double m2) {
        // Top exchange: t̂ = m_t² at cos θ* = 1/β.
        return sameMassExchangeDelta(shat, m1);
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
        double gs2 = 4 * Math.PI * alphaS;
        double shat = pa.plus(pb).m2();
        double mt = c.sm().mTop();
        if (ch.id1() == 21) {
            return gs2 * gs2 * gluonMatrixElement(shat, pa.minus(p1).m2(), mt);
        }
        FourMomentum[] qf = quarkFirst(ch, pa, pb);
        return gs2 * gs2 * quarkMatrixElement(shat, qf[0].minus(p1).m2(), mt);
    }

    @Override
    protected double finalStateFactor(Collider c) {
        return branchingFactor(mode, c);
    }

    /** The branching-ratio factor of a decay mode. */
    static double branchingFactor(int mode, Collider c) {
        double bl = c.sm().branchingWToLeptonNeutrino();
        double had = 1 - 3 * bl;
        return switch (mode) {
            case DILEPTON -> 4 * bl * bl;
            case DILEPTON_WITH_TAU -> 9 * bl * bl;
            case SEMILEPTONIC -> 2 * (2 * bl) * had;
            case HADRONIC -> had * had;
            default -> 1.0;
        };
    }

    /** The W decay of one side: 11, 13, 15 (leptons) or 1, 3 (d̄u, s̄c) by the mode. */
    private static int[] wDecays(int mode, Collider c, SplittableRandom rng) {
        int[] out = new int[2];
        int leptonic =
                switch (mode) {
                    case DILEPTON -> 2;
                    case SEMILEPTONIC -> 1;
                    default -> 0;
                };
        int leptonSide = rng.nextInt(2);
        for (int side = 0; side < 2; side++) {
            if (mode == INCLUSIVE) {
                double bl = c.sm().branchingWToLeptonNeutrino();
                double r = rng.nextDouble();
                out[side] =
                        r < bl
                                ? 11
                                : r < 2 * bl
                                        ? 13
                                        : r < 3 * bl ? 15 : r < 3 * bl + (1 - 3 * bl) / 2 ? 1 : 3;
            } else if (mode == DILEPTON_WITH_TAU) {
                out[side] = 11 + 2 * rng.nextInt(3);
            } else if (leptonic == 2 || (leptonic == 1 && side == leptonSide)) {
                out[side] = rng.nextBoolean() ? 11 : 13;
            } else {
                out[side] = rng.nextBoolean() ? 1 : 3;
            }
        }
        return out;
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        recordTops(mode, ev, ch, p, c, rng, true);
    }

    /**
     * Writes incoming partons, the tops and (by the mode) their decays; with {@code correlate}, the
     * decays are accepted with the QCD t t̄ spin-correlation weight ({@link TopPairAmplitude}).
     */
    static void recordTops(
            int mode,
            PartonEvent ev,
            Channel ch,
            FourMomentum[] p,
            Collider c,
            SplittableRandom rng,
            boolean correlate) {
        double mt = c.sm().mTop();
        FourMomentum[] qf =
                ch.id1() == 21 ? new FourMomentum[] {p[0], p[1]} : quarkFirst(ch, p[0], p[1]);
        recordTops(
                mode,
                ev,
                ch,
                p,
                c,
                rng,
                correlate
                        ? (d1, d2) ->
                                TopPairAmplitude.correlationWeight(
                                        ch.id1() == 21,
                                        mt,
                                        qf[0],
                                        qf[1],
                                        d1[0],
                                        d1[2],
                                        d1[3],
                                        d2[0],
                                        d2[2],
                                        d2[3])
                        : null);
    }

    /**
     * The spin-correlation weight of a pair of top decays ({b, W, A, B} each, as from {@link
     * Decays#top}): unit mean over unpolarised decays, at most {@link TopPairAmplitude#BOUND}.
     */
    @FunctionalInterface
    interface DecayCorrelation {
        /**
         * The weight.
         *
         * @param d1 the top decay {b, W⁺, A, B}
         * @param d2 the anti-top decay {b̄, W⁻, A, B}
         * @return the weight
         */
        double weight(FourMomentum[] d1, FourMomentum[] d2);
    }

    /**
     * Writes incoming partons, the tops and (by the mode) their decays; with a non-null {@code
     * correlation}, the decays are accepted with its weight over {@link TopPairAmplitude#BOUND}.
     */
    static void recordTops(
            int mode,
            PartonEvent ev,
            Channel ch,
            FourMomentum[] p,
            Collider c,
            SplittableRandom rng,
            DecayCorrelation correlation) {
        int tCol = 501;
        int tbarAcol = 503;
        if (ch.id1() == 21) {
            if (rng.nextBoolean()) {
                ev.add(21, -1, p[0], -1, -1, 501, 502);
                ev.add(21, -1, p[1], -1, -1, 502, 503);
            } else {
                ev.add(21, -1, p[0], -1, -1, 502, 503);
                ev.add(21, -1, p[1], -1, -1, 501, 502);
            }
        } else {
            ev.add(ch.id1(), -1, p[0], -1, -1, ch.id1() > 0 ? 501 : 0, ch.id1() > 0 ? 0 : 503);
            ev.add(ch.id2(), -1, p[1], -1, -1, ch.id2() > 0 ? 501 : 0, ch.id2() > 0 ? 0 : 503);
        }
        if (mode == STABLE) {
            ev.add(6, 1, p[2], 0, 1, tCol, 0);
            ev.add(-6, 1, p[3], 0, 1, 0, tbarAcol);
            return;
        }
        int t = ev.add(6, 2, p[2], 0, 1, tCol, 0);
        int tb = ev.add(-6, 2, p[3], 0, 1, 0, tbarAcol);
        int[] wd = wDecays(mode, c, rng);
        double mw = c.sm().mW();
        double mb = c.sm().mBottom();
        FourMomentum[] d1;
        FourMomentum[] d2;
        do {
            d1 = Decays.top(p[2], mw, mb, rng);
            d2 = Decays.top(p[3], mw, mb, rng);
        } while (correlation != null
                && correlation.weight(d1, d2) < rng.nextDouble() * TopPairAmplitude.BOUND);
        ev.add(5, 1, d1[0], t, t, tCol, 0);
        int wp = ev.add(24, 2, d1[1], t, t, 0, 0);
        ev.add(-5, 1, d2[0], tb, tb, 0, tbarAcol);
        int wm = ev.add(-24, 2, d2[1], tb, tb, 0, 0);
        addW(ev, wp, true, wd[0], d1[2], d1[3], 511, c.sm().mTau());
        addW(ev, wm, false, wd[1], d2[2], d2[3], 512, c.sm().mTau());
    }

    /**
     * W⁺ → A B with A = ℓ⁺/d̄-type, B = ν/u-type; W⁻ the charge conjugates. A τ goes on its mass
     * shell with its helicity ({@link Decays#addLeptonPair}).
     */
    private static void addW(
            PartonEvent ev,
            int w,
            boolean plus,
            int kind,
            FourMomentum a,
            FourMomentum b,
            int colour,
            double mTau) {
        int sign = plus ? 1 : -1;
        if (kind >= 11) {
            Decays.addLeptonPair(ev, w, -sign * kind, sign * (kind + 1), a, b, mTau);
        } else {
            int down = kind;
            int up = kind + 1;
            ev.add(-sign * down, 1, a, w, w, plus ? 0 : colour, plus ? colour : 0);
            ev.add(sign * up, 1, b, w, w, plus ? colour : 0, plus ? 0 : colour);
        }
    }
}
