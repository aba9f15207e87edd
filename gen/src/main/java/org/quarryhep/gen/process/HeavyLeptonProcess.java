package org.quarryhep.gen.process;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Position;
import org.quarryhep.core.Units;
import org.quarryhep.gen.model.StandardModel;

/**
 * q q̄′ → V± → ℓ N, N → ℓ q q̄′ with a Majorana N (same- and opposite-sign leptons equally), for
 * two mediators: the left-right model's W_R (Keung and Senjanović, PRL 50 (1983) 1427; prompt N
 * decay through an off-shell W_R) and the SM W with a heavy neutral lepton mixing |V|² with one
 * flavour (N lifetime from m_N and |V|², decay vertex displaced by the sampled proper time and the
 * boost). See {@link HeavyNeutrino} for the matrix elements.
 */
public final class HeavyLeptonProcess extends TwoToTwoProcess {
    /** Which mediator. */
    public enum Mediator {
        /** Left-right symmetric model W_R (PDG 34), N decays through an off-shell W_R. */
        W_RIGHT,
        /** SM W with active-sterile mixing, N decays through an off-shell W. */
        W_SM
    }

    private final Mediator mediator;
    private final int lepton;
    private final double mN;
    private final double mixing;
    private final double mWr;
    private final double widthInput;
    private final List<Channel> channels;

    /** {StandardModel, BR(N → ℓqq̄′), Γ_N} of the last SM inputs seen (the HNL sums are slow). */
    private volatile Object[] widthCache;

    /**
     * Creates the process.
     *
     * @param mediator W_R or the SM W
     * @param lepton 11 or 13 (the flavour N mixes with)
     * @param mN the N mass, GeV (above 0.5 GeV, where the quark-level width holds, and below the
     *     mediator mass; for the SM W, below MadGraph's default M_W)
     * @param mixing |V_ℓN|²
     * @param mWr the W_R mass (ignored for the SM W)
     * @param width the W_R width, or NaN to compute it (ignored for the SM W)
     * @throws InvalidParameterException when masses or the lepton are out of range
     */
    public HeavyLeptonProcess(
            Mediator mediator, int lepton, double mN, double mixing, double mWr, double width) {
        if (lepton != 11 && lepton != 13) {
            throw new InvalidParameterException("lepton: expected 11 or 13, found " + lepton);
        }
        double mMed = mediator == Mediator.W_RIGHT ? mWr : StandardModel.madgraphDefaults().mW();
        if (!(mN > 0.5) || !(mN < mMed) || !(mixing > 0) || mixing > 1) {
            throw new InvalidParameterException(
                    "need 0.5 GeV < MN < mediator mass and 0 < |V|^2 <= 1; found MN="
                            + mN
                            + ", mixing="
                            + mixing);
        }
        this.mediator = mediator;
        this.lepton = lepton;
        this.mN = mN;
        this.mixing = mixing;
        this.mWr = mWr;
        this.widthInput = width;
        List<Channel> ch = new ArrayList<>();
        for (int[] pr : new int[][] {{2, -1}, {4, -3}}) {
            ch.add(new Channel(pr[0], pr[1]));
            ch.add(new Channel(pr[1], pr[0]));
            ch.add(new Channel(-pr[0], -pr[1]));
            ch.add(new Channel(-pr[1], -pr[0]));
        }
        this.channels = List.copyOf(ch);
    }

    @Override
    public String name() {
        return mediator == Mediator.W_RIGHT ? "wr-lN" : "w-hnl";
    }

    @Override
    public String description() {
        return mediator == Mediator.W_RIGHT
                ? "q qbar' -> W_R -> l N, N -> l q qbar' (Majorana)"
                : "q qbar' -> W -> l N, N -> l q qbar' (displaced, Majorana)";
    }

    private double coupling(Collider c) {
        return c.sm().g();
    }

    /** The mediator mass. */
    double mediatorMass(Collider c) {
        return mediator == Mediator.W_RIGHT ? mWr : c.sm().mW();
    }

    /** The mediator width. */
    public double mediatorWidth(Collider c) {
        if (mediator == Mediator.W_SM) {
            return c.sm().widthW();
        }
        return Double.isNaN(widthInput)
                ? HeavyNeutrino.widthWr(coupling(c), mWr, mN, c.sm().mTop())
                : widthInput;
    }

    /** Γ_N (Majorana) for the HNL; for W_R, through the off-shell W_R (physics-formulas §11). */
    public double widthN(Collider c) {
        if (mediator == Mediator.W_SM) {
            return (double) hnlWidths(c)[2];
        }
        double g = coupling(c);
        return Math.pow(g, 4) * Math.pow(mN, 5) / (512 * Math.pow(Math.PI, 3) * Math.pow(mWr, 4));
    }

    /** The N proper decay length c·τ, mm. */
    public double ctauMm(Collider c) {
        return Units.HBARC_GEV_MM / widthN(c);
    }

    /** BR(N → ℓ q q̄′): 1 for W_R; the CC hadronic share of the HNL channel sum. */
    public double branchingToLeptonQuarks(Collider c) {
        if (mediator == Mediator.W_RIGHT) {
            return 1;
        }
        return (double) hnlWidths(c)[1];
    }

    private Object[] hnlWidths(Collider c) {
        Object[] cached = widthCache;
        if (cached != null && cached[0].equals(c.sm())) {
            return cached;
        }
        int flavour = lepton == 11 ? 0 : 1;
        double[] ch = HeavyNeutrino.channels(mN, flavour, c.sm().sw2());
        double sum = 0;
        for (double v : ch) {
            sum += v;
        }
        Object[] fresh = {
            c.sm(), ch[1] / sum, HeavyNeutrino.majoranaWidth(c.sm(), mN, flavour, mixing)
        };
        widthCache = fresh;
        return fresh;
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
    protected double mass2(Collider c) {
        return mN;
    }

    @Override
    protected boolean resonant() {
        return true;
    }

    @Override
    protected double[] resonance(Collider c) {
        return new double[] {mediatorMass(c), mediatorWidth(c)};
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
        boolean upFirst = Math.abs(ch.id1()) % 2 == 0;
        FourMomentum up = upFirst ? pa : pb;
        FourMomentum down = upFirst ? pb : pa;
        return HeavyNeutrino.productionMatrixElement(
                coupling(c), mixing, mediatorMass(c), mediatorWidth(c), up, down, p1, p2);
    }

    @Override
    protected double finalStateFactor(Collider c) {
        return branchingToLeptonQuarks(c);
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        addIncomingSinglet(ev, ch, p);
        int up = Math.abs(ch.id1()) % 2 == 0 ? ch.id1() : ch.id2();
        boolean plus = up > 0;
        int medId = (mediator == Mediator.W_RIGHT ? 34 : 24) * (plus ? 1 : -1);
        int v = ev.add(medId, 2, p[2].plus(p[3]), 0, 1, 0, 0);
        ev.add(plus ? -lepton : lepton, 1, p[2], v, v, 0, 0);
        double ctau = 0;
        Position vertex = null;
        if (mediator == Mediator.W_SM) {
            ctau = -ctauMm(c) * Math.log(1 - rng.nextDouble());
            FourMomentum n = p[3];
            vertex =
                    new Position(
                            n.px() / mN * ctau,
                            n.py() / mN * ctau,
                            n.pz() / mN * ctau,
                            n.e() / mN * ctau);
        }
        int n =
                ev.add(
                        new PartonEvent.Entry(
                                HeavyNeutrino.PDG_N, 2, p[3], v, v, 0, 0, ctau, vertex, 9));
        int[] ids = new int[3];
        FourMomentum[] d =
                HeavyNeutrino.decay(p[3], lepton, mediatorMass(c), mediatorWidth(c), rng, ids);
        ev.add(ids[0], 1, d[0], n, n, 0, 0);
        ev.add(ids[1], 1, d[1], n, n, ids[1] > 0 ? 502 : 0, ids[1] > 0 ? 0 : 502);
        ev.add(ids[2], 1, d[2], n, n, ids[2] > 0 ? 502 : 0, ids[2] > 0 ? 0 : 502);
    }
}
