package org.quarryhep.gen.process;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * g g → t t̄ with a heavy (pseudo)scalar S in the s-channel interfering with QCD (Dicus, Stange,
 * Willenbrock, hep-ph/9404359; physics-formulas.md §9), as separately requestable samples: the QCD
 * background, the pure signal |M_S|², the interference 2Re(M_S M_QCD*) (signed weights), or their
 * sum. With β the top velocity, τ = ŝ/(4m_t²), A = A_H (CP-even) or A_A (CP-odd) and D = ŝ − m_S² +
 * i m_SΓ_S: dσ_S/dcos = ½·3κ⁴α_s²G_F²m_t²β^p ŝ²|A|²/(4096π³|D|²) (p = 3, 1) and dσ_int/dcos =
 * −κ²α_s²G_F m_t²β^(q+1) Re(A/D)/(64√2π(1 − β²cos²θ)) (q = 2, 0); the matrix elements are Σ̄|M|² =
 * 32πŝ/β · dσ/dcos. Tops decay as in {@link TopPairProcess} (narrow width, t → bW → b f f̄′). The
 * background sample keeps the QCD t t̄ spin correlation ({@link
 * TopPairAmplitude#correlationWeight}). The signal sample keeps the spin correlation of S → t t̄:
 * the ggS vertex is independent of the top spins, so the tops are produced by ū(t) Γ v(t̄) with Γ =
 * 1 (CP-even H: ³P₀) or γ⁵ (CP-odd A: ¹S₀), and decays are accepted with {@link
 * TopPairAmplitude#scalarWeight} (unit mean over decay angles, so σ and the production
 * distributions are unchanged). In the t t̄ rest frame, with the charged-lepton directions l̂₁ (ℓ⁺
 * in the t frame) and l̂₂ (ℓ⁻ in the t̄ frame), this gives ⟨l̂₁·l̂₂⟩ = −1/9 (H) and +1/3 (A), and
 * ⟨(l̂₁·k̂)(−l̂₂·k̂)⟩ = −1/9 for both along the top direction k̂. The interference 2Re(M_S M_QCD*)
 * decays exactly like the signal: summed over the gluon helicities with the J = 0 ggS vertex, the
 * QCD amplitude it interferes with is, by CP, in the same top-spin state as M_S, so its
 * spin-density matrix is Re(c·A/D)|ψ⟩⟨ψ| and its decay weight is {@link
 * TopPairAmplitude#scalarWeight} (checked against the full decayed interference amplitude in the
 * tests); the absorptive part of A/D changes only the normalisation. The total sample, |M_QCD +
 * M_S|² summed over colours and gluon helicities, has a positive spin-density matrix: its decays
 * are accepted with w_QCD|M|²_QCD + w_S(|M|²_S + |M|²_I) over the undecayed sum, bounded by 4.
 */
public final class TopPairResonanceProcess extends TwoToTwoProcess {
    /** Components: QCD background only. */
    public static final int BACKGROUND = 0;

    /** Pure signal |M_S|². */
    public static final int SIGNAL = 1;

    /** Interference only (signed). */
    public static final int INTERFERENCE = 2;

    /** Background + signal + interference. */
    public static final int TOTAL = 3;

    private static final List<Channel> GLUONS = List.of(new Channel(21, 21));

    private final double mS;
    private final double kappa;
    private final boolean cpOdd;
    private final double widthInput;
    private final int component;
    private final int decayMode;

    /**
     * Creates the process.
     *
     * @param mS the (pseudo)scalar mass, GeV (above 2m_t)
     * @param kappa the top-Yukawa modifier
     * @param cpOdd true for the pseudoscalar
     * @param width Γ_S in GeV, or NaN for Γ_tt + Γ_gg at m_S
     * @param component {@link #BACKGROUND}, {@link #SIGNAL}, {@link #INTERFERENCE} or {@link
     *     #TOTAL}
     * @param decayMode the top decay mode of {@link TopPairProcess}
     * @throws InvalidParameterException for out-of-range values
     */
    public TopPairResonanceProcess(
            double mS, double kappa, boolean cpOdd, double width, int component, int decayMode) {
        if (!(mS > 0) || component < BACKGROUND || component > TOTAL) {
            throw new InvalidParameterException(
                    "need MS > 0 and component 0 (background), 1 (signal), 2 (interference) or"
                            + " 3 (total); found MS="
                            + mS
                            + ", component="
                            + component);
        }
        if (decayMode < TopPairProcess.STABLE || decayMode > TopPairProcess.INCLUSIVE) {
            throw new InvalidParameterException(
                    "decay: expected 0..4 (see ttbar), found " + decayMode);
        }
        this.mS = mS;
        this.kappa = kappa;
        this.cpOdd = cpOdd;
        this.widthInput = width;
        this.component = component;
        this.decayMode = decayMode;
    }

    @Override
    public String name() {
        return "gg-tt-s";
    }

    @Override
    public String description() {
        String[] names = {"QCD background", "signal", "interference", "signal+background"};
        return "g g -> (S" + (cpOdd ? "=A" : "=H") + ") -> t tbar, " + names[component];
    }

    @Override
    public boolean signedWeights() {
        return component == INTERFERENCE || component == TOTAL;
    }

    /** Γ_S: the input, or Γ(S→tt̄) + Γ(S→gg) at m_S with α_s(m_S) of the PDF set. */
    public double width(Collider c) {
        if (!Double.isNaN(widthInput)) {
            return widthInput;
        }
        double mt = c.sm().mTop();
        return TopLoop.widthToTops(mS, mt, kappa, c.sm().gF(), cpOdd)
                + TopLoop.widthToGluons(mS, mt, kappa, c.pdf().alphaS(mS), c.sm().gF(), cpOdd);
    }

    /**
     * dσ̂/dcos θ* of the signal and of the interference, GeV⁻².
     *
     * @param shat ŝ
     * @param cos cos θ* of the top
     * @param alphaS α_s
     * @param mt the top mass
     * @param gF G_F
     * @param width Γ_S
     * @return {signal, interference}
     */
    public double[] differential(
            double shat, double cos, double alphaS, double mt, double gF, double width) {
        double beta = Math.sqrt(1 - 4 * mt * mt / shat);
        double tau = shat / (4 * mt * mt);
        double[] a = cpOdd ? TopLoop.pseudoscalar(tau) : TopLoop.scalar(tau);
        double dr = shat - mS * mS;
        double di = mS * width;
        double d2 = dr * dr + di * di;
        double a2 = a[0] * a[0] + a[1] * a[1];
        double k2 = kappa * kappa;
        double signal =
                0.5
                        * 3
                        * k2
                        * k2
                        * alphaS
                        * alphaS
                        * gF
                        * gF
                        * mt
                        * mt
                        * Math.pow(beta, cpOdd ? 1 : 3)
                        * shat
                        * shat
                        * a2
                        / (4096 * Math.pow(Math.PI, 3) * d2);
        double reAoverD = (a[0] * dr + a[1] * di) / d2;
        double interference =
                -k2
                        * alphaS
                        * alphaS
                        * gF
                        * mt
                        * mt
                        * Math.pow(beta, cpOdd ? 1 : 3)
                        * reAoverD
                        / (64 * Math.sqrt(2) * Math.PI * (1 - beta * beta * cos * cos));
        return new double[] {signal, interference};
    }

    @Override
    protected List<Channel> channels() {
        return GLUONS;
    }

    @Override
    protected double mass1(Collider c) {
        return c.sm().mTop();
    }

    @Override
    protected boolean resonant() {
        return true;
    }

    @Override
    protected double[] resonance(Collider c) {
        return new double[] {mS, width(c)};
    }

    /** The automatic scale is that of t t̄ production (H_T/2), as for {@link TopPairProcess}. */
    @Override
    protected boolean sChannelScale() {
        return false;
    }

    @Override
    protected double tChannelDelta(double shat, double m1, double m2) {
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
        double shat = pa.plus(pb).m2();
        double t = pa.minus(p1).m2();
        double qcd = qcdMatrixElement(shat, t, alphaS, c);
        if (component == BACKGROUND) {
            return qcd;
        }
        ScalarPart s = scalarPart(shat, t, alphaS, c);
        return switch (component) {
            case SIGNAL -> s.toMe() * s.signal();
            case INTERFERENCE -> s.toMe() * s.interference();
            default -> qcd + s.toMe() * (s.signal() + s.interference());
        };
    }

    private static double qcdMatrixElement(double shat, double t, double alphaS, Collider c) {
        double gs2 = 4 * Math.PI * alphaS;
        return gs2 * gs2 * TopPairProcess.gluonMatrixElement(shat, t, c.sm().mTop());
    }

    /**
     * dσ̂/dcos θ* of the signal and of the interference at a point, and the factor 32πŝ/β that
     * turns them into Σ̄|M|².
     */
    private record ScalarPart(double toMe, double signal, double interference) {}

    private ScalarPart scalarPart(double shat, double t, double alphaS, Collider c) {
        double mt = c.sm().mTop();
        double beta = Math.sqrt(1 - 4 * mt * mt / shat);
        double cos = (t - mt * mt + shat / 2) / (shat * beta / 2);
        double[] d = differential(shat, cos, alphaS, mt, c.sm().gF(), width(c));
        return new ScalarPart(32 * Math.PI * shat / beta, d[0], d[1]);
    }

    /**
     * The decay weight of the total sample at one production point {pa, pb, t, t̄}: (w_QCD |M|²_QCD
     * + w_S (|M|²_S + |M|²_I)) over |M|²_QCD + |M|²_S + |M|²_I, with the weights of {@link
     * TopPairAmplitude}; the interference decays like the signal (class comment). The production
     * values are computed once, not per decay tried.
     */
    TopPairProcess.DecayCorrelation totalCorrelation(FourMomentum[] p, double alphaS, Collider c) {
        double mt = c.sm().mTop();
        double shat = p[0].plus(p[1]).m2();
        double t = p[0].minus(p[2]).m2();
        double qcd = qcdMatrixElement(shat, t, alphaS, c);
        ScalarPart s = scalarPart(shat, t, alphaS, c);
        double toMe = s.toMe();
        double sd = s.signal() + s.interference();
        double sum = qcd + toMe * sd;
        return (d1, d2) -> {
            double wQcd =
                    TopPairAmplitude.correlationWeight(
                            true, mt, p[0], p[1], d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]);
            double wS =
                    TopPairAmplitude.scalarWeight(
                            cpOdd, mt, d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]);
            return (wQcd * qcd + wS * toMe * sd) / sum;
        };
    }

    @Override
    protected double finalStateFactor(Collider c) {
        return TopPairProcess.branchingFactor(decayMode, c);
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        double mt = c.sm().mTop();
        switch (component) {
            case BACKGROUND -> TopPairProcess.recordTops(decayMode, ev, ch, p, c, rng, true);
            case SIGNAL, INTERFERENCE ->
                    TopPairProcess.recordTops(
                            decayMode,
                            ev,
                            ch,
                            p,
                            c,
                            rng,
                            (d1, d2) ->
                                    TopPairAmplitude.scalarWeight(
                                            cpOdd, mt, d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]));
            default ->
                    TopPairProcess.recordTops(
                            decayMode, ev, ch, p, c, rng, totalCorrelation(p, ev.alphaS(), c));
        }
    }
}
