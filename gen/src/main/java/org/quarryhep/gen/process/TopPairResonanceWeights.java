package org.quarryhep.gen.process;

import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;

/**
 * Per-event matrix-element weights of g g → (S) → t t̄ at any parameter point θ = (m_S, κ, CP,
 * Γ_S): the pieces Σ̄|M|²_QCD, Σ̄|M|²_S (∝ κ⁴ at fixed width) and the signed Σ̄|M|²_int (∝ κ²) of
 * {@link TopPairResonanceProcess} at an event's (ŝ, cos θ*, α_s), so that a sample generated at one
 * θ (or the QCD sample) is reweighted exactly to any other, and the true parton-level likelihood
 * ratio r(x | θ, θ_ref) for x = (m_tt̄, cos θ*).
 *
 * <p>Why reweighting is exact: for the gg channel the hadronic density at fixed (x₁, x₂, cos θ*) is
 * f_g(x₁) f_g(x₂) Σ̄|M|²(θ) times a θ-independent phase-space factor, so the ratio of two θ's
 * densities is the ratio of their matrix elements. {@link #reweight} uses the production pieces: a
 * reweighted event keeps the decays of its sample (QCD, J = 0 or their mixture), exact for the
 * production kinematics (tops, incoming gluons). {@link #reweightWithDecays} uses the
 * decay-inclusive pieces — production pieces times the θ-independent t t̄ spin weights of the
 * event's decays ({@link SpinWeights}), the narrow-width 2 → 6 |M|² up to a factor common to every
 * component — so the reweighted sample also has the target's spin correlation (dilepton spin
 * observables, {@link DileptonSpinObservables}). Why the likelihood ratio needs no PDF: the scales
 * (fixed, √ŝ or H_T/2 = m_T of the top in a 2 → 2 process) and hence the gluon luminosity and α_s
 * depend on x = (ŝ, cos θ*) only, and every piece is ∝ α_s², so r = Σ̄|M|²_θ / Σ̄|M|²_ref ·
 * σ(θ_ref)/σ(θ) with α_s cancelling; only the normalisations σ(θ) need the PDFs, from the
 * generator's integration or from {@link #reweightedCrossSection}.
 */
public final class TopPairResonanceWeights {
    private final Collider collider;

    /**
     * A parameter point.
     *
     * @param mS the (pseudo)scalar mass, GeV
     * @param kappa the top-Yukawa modifier κ
     * @param cpOdd true for the pseudoscalar A
     * @param width Γ_S in GeV, or NaN for Γ(S → t t̄) + Γ(S → g g) at m_S (then ∝ κ²)
     */
    public record Theta(double mS, double kappa, boolean cpOdd, double width) {
        /**
         * Checks the values.
         *
         * @throws InvalidParameterException for m_S ≤ 0, a non-finite κ or a negative width
         */
        public Theta {
            if (!(mS > 0) || !Double.isFinite(kappa) || width < 0) {
                throw new InvalidParameterException(
                        "theta: need MS > 0, finite kappa and width >= 0 (or NaN); found MS="
                                + mS
                                + ", kappa="
                                + kappa
                                + ", width="
                                + width);
            }
        }

        /** The same point with κ = 1 and this point's width fixed (the morphing basis). */
        Theta unitCoupling(double fixedWidth) {
            return new Theta(mS, 1, cpOdd, fixedWidth);
        }
    }

    /**
     * The spin- and colour-averaged matrix-element pieces at one phase-space point.
     *
     * @param qcd Σ̄|M|² of QCD g g → t t̄
     * @param signal Σ̄|M_S|²
     * @param interference 2Re(M_S M_QCD*) summed and averaged (signed)
     */
    public record Pieces(double qcd, double signal, double interference) {
        /** Σ̄|M_QCD + M_S|². */
        public double total() {
            return qcd + signal + interference;
        }

        /**
         * The decay-inclusive pieces: each production piece times its t t̄ spin weight, i.e. the
         * narrow-width 2 → 6 |M|² of QCD, signal and interference divided by the unpolarised decay
         * |M|² (common to all three, so ratios of these are ratios of the full |M|²). Averaged over
         * unpolarised decays they are the production pieces again.
         *
         * @param w the event's spin weights
         * @param cpOdd θ's CP (which J = 0 state the signal and the interference are in)
         * @return the decay-inclusive pieces
         */
        public Pieces withDecays(SpinWeights w, boolean cpOdd) {
            double s = w.scalar(cpOdd);
            return new Pieces(qcd * w.qcd(), signal * s, interference * s);
        }

        /**
         * One component's value.
         *
         * @param component a {@link TopPairResonanceProcess} component constant
         * @return the matching piece or sum
         */
        public double component(int component) {
            return switch (component) {
                case TopPairResonanceProcess.BACKGROUND -> qcd;
                case TopPairResonanceProcess.SIGNAL -> signal;
                case TopPairResonanceProcess.INTERFERENCE -> interference;
                case TopPairResonanceProcess.TOTAL -> total();
                default ->
                        throw new InvalidParameterException(
                                "component: expected 0..3, found " + component);
            };
        }
    }

    /**
     * The t t̄ spin weights of one decayed event, which do not depend on θ: each is a component's
     * decayed, spin-correlated narrow-width |M|² over its production Σ̄|M|² times the unpolarised
     * decays (the same product for every component). The decay-inclusive pieces are the production
     * pieces times them ({@link Pieces#withDecays}): QCD with {@code qcd}, signal and interference
     * with the J = 0 weight of θ's CP (the interference decays like the signal, {@link
     * TopPairResonanceProcess}). Store these three numbers per event to reweight it to any θ.
     *
     * @param qcd the QCD g g → t t̄ weight ({@link TopPairDecays#qcdSpinWeight})
     * @param scalarEven the ³P₀ weight of a CP-even S
     * @param scalarOdd the ¹S₀ weight of a CP-odd A
     */
    public record SpinWeights(double qcd, double scalarEven, double scalarOdd) {
        /**
         * The J = 0 weight of one CP.
         *
         * @param cpOdd true for the pseudoscalar
         * @return {@code scalarOdd} or {@code scalarEven}
         */
        public double scalar(boolean cpOdd) {
            return cpOdd ? scalarOdd : scalarEven;
        }
    }

    /**
     * The production kinematics of a g g → t t̄ event.
     *
     * @param shat ŝ = m_tt̄², GeV²
     * @param cos cos θ* of the top relative to beam 1 in the t t̄ rest frame
     * @param alphaS the event's α_s
     */
    public record Kinematics(double shat, double cos, double alphaS) {}

    /**
     * A sample mean with its statistical error.
     *
     * @param value the mean (pb for a cross section)
     * @param error its standard error
     */
    public record Estimate(double value, double error) {}

    /**
     * Creates the weights for a collider (top mass, G_F and the α_s(m_S) of the derived width).
     *
     * @param collider the collider the samples were generated with
     */
    public TopPairResonanceWeights(Collider collider) {
        this.collider = collider;
    }

    /** Γ_S of a point: its width, or Γ_tt + Γ_gg at m_S as in the generator. */
    public double width(Theta theta) {
        return process(theta, theta.width()).width(collider);
    }

    private TopPairResonanceProcess process(Theta theta, double width) {
        return new TopPairResonanceProcess(
                theta.mS(),
                theta.kappa(),
                theta.cpOdd(),
                width,
                TopPairResonanceProcess.BACKGROUND,
                TopPairProcess.STABLE);
    }

    /**
     * The pieces at θ.
     *
     * @param theta the parameter point
     * @param k the kinematics (ŝ above 4m_t², |cos| ≤ 1)
     * @return Σ̄|M|² of QCD, signal and interference
     */
    public Pieces pieces(Theta theta, Kinematics k) {
        return at(theta).pieces(k);
    }

    /**
     * The pieces at one θ for many events: the width and the process are set up once (a scan
     * evaluates every event at every grid point).
     *
     * @param theta the parameter point
     * @return the evaluator at θ
     */
    public AtTheta at(Theta theta) {
        double width = width(theta);
        return new AtTheta(process(theta, width), width);
    }

    /** The matrix-element pieces at one fixed θ. */
    public final class AtTheta {
        private final TopPairResonanceProcess process;
        private final double width;

        private AtTheta(TopPairResonanceProcess process, double width) {
            this.process = process;
            this.width = width;
        }

        /**
         * The pieces at this θ.
         *
         * @param k the kinematics (ŝ above 4m_t², |cos| ≤ 1)
         * @return Σ̄|M|² of QCD, signal and interference
         */
        public Pieces pieces(Kinematics k) {
            double mt = collider.sm().mTop();
            double shat = k.shat();
            if (!(shat > 4 * mt * mt) || !(Math.abs(k.cos()) <= 1)) {
                throw new InvalidParameterException(
                        "kinematics: need shat > 4 mt^2 and |cos| <= 1; found shat="
                                + shat
                                + ", cos="
                                + k.cos());
            }
            double beta = Math.sqrt(1 - 4 * mt * mt / shat);
            double t = mt * mt - shat / 2 * (1 - beta * k.cos());
            double gs2 = 4 * Math.PI * k.alphaS();
            double qcd = gs2 * gs2 * TopPairProcess.gluonMatrixElement(shat, t, mt);
            double[] d =
                    process.differential(shat, k.cos(), k.alphaS(), mt, collider.sm().gF(), width);
            double toMe = 32 * Math.PI * shat / beta;
            return new Pieces(qcd, toMe * d[0], toMe * d[1]);
        }
    }

    /**
     * The morphing basis of θ: the pieces at κ = 1 with θ's width held fixed; then Σ̄|M|²(θ) = qcd
     * + κ⁴·signal + κ²·interference exactly, so per-event stored basis pieces recombine to any κ at
     * that width (c_k(θ) = 1, κ⁴, κ²).
     *
     * @param theta the parameter point
     * @param k the kinematics
     * @return the κ = 1 pieces at θ's width
     */
    public Pieces basis(Theta theta, Kinematics k) {
        return pieces(theta.unitCoupling(width(theta)), k);
    }

    /**
     * Reads (ŝ, cos θ*, α_s) from a generated g g → t t̄ event: the two incoming partons (status
     * −1, beam 1 first), the top (6) and the anti-top (−6).
     *
     * @param e the event
     * @return its kinematics
     * @throws InvalidParameterException when the event is not g g → t t̄
     */
    public Kinematics kinematics(Event e) {
        FourMomentum beam1 = null;
        FourMomentum beam2 = null;
        FourMomentum top = null;
        FourMomentum antiTop = null;
        for (Particle p : e.particles()) {
            if (p.status() == -1) {
                if (p.pdgId() != 21) {
                    throw new InvalidParameterException(
                            "event " + e.number() + ": incoming " + p.pdgId() + ", expected g g");
                }
                if (beam1 == null) {
                    beam1 = p.momentum();
                } else {
                    beam2 = p.momentum();
                }
            } else if (p.pdgId() == 6 && top == null) {
                top = p.momentum();
            } else if (p.pdgId() == -6 && antiTop == null) {
                antiTop = p.momentum();
            }
        }
        if (beam1 == null || beam2 == null || top == null || antiTop == null) {
            throw new InvalidParameterException(
                    "event " + e.number() + ": not g g -> t tbar (needs two gluons, t and tbar)");
        }
        double mt = collider.sm().mTop();
        double shat = top.plus(antiTop).m2();
        double beta = Math.sqrt(1 - 4 * mt * mt / shat);
        // t̂ = (p_g1 − p_t)² = m_t² − ŝ(1 − β cos θ*)/2, as the generator defines θ*.
        double t = beam1.minus(top).m2();
        double cos = Math.max(-1, Math.min(1, (t - mt * mt + shat / 2) / (shat * beta / 2)));
        return new Kinematics(shat, cos, e.alphaQcd());
    }

    /**
     * The spin weights of a decayed event (θ-independent; compute once per event).
     *
     * @param e a decayed g g → t t̄ event as gen writes it (any W decay mode)
     * @return its QCD, ³P₀ and ¹S₀ weights
     * @throws InvalidParameterException when the event is not a decayed g g → t t̄ record
     */
    public SpinWeights spinWeights(Event e) {
        return spinWeights(TopPairDecays.of(e));
    }

    /**
     * The spin weights of given decay momenta.
     *
     * @param d the momenta
     * @return the QCD, ³P₀ and ¹S₀ weights
     */
    public SpinWeights spinWeights(TopPairDecays d) {
        double mt = collider.sm().mTop();
        return new SpinWeights(
                d.qcdSpinWeight(mt), d.scalarSpinWeight(false, mt), d.scalarSpinWeight(true, mt));
    }

    /**
     * The decay-inclusive pieces of a decayed event at θ ({@link Pieces#withDecays}).
     *
     * @param theta the parameter point
     * @param e a decayed g g → t t̄ event
     * @return the pieces with the t t̄ spin correlation of each component
     */
    public Pieces decayedPieces(Theta theta, Event e) {
        return pieces(theta, kinematics(e)).withDecays(spinWeights(e), theta.cpOdd());
    }

    /**
     * Like {@link #reweight}, with the decays: the ratio of the decay-inclusive |M|² ({@link
     * #decayedPieces}), so that the reweighted sample also has the target's t t̄ spin correlation
     * (dilepton spin observables). The generated component's decays must be those gen writes for it
     * (QCD correlation, J = 0 of {@code from}'s CP, or their rate-weighted mixture for the total):
     * the sample's decay density is then its spin weight, which this ratio replaces.
     *
     * @param e a decayed event
     * @param from the generated point (ignored for a QCD sample)
     * @param fromComponent the generated component
     * @param to the target point
     * @param toComponent the target component
     * @return the weight factor
     * @throws InvalidParameterException when the generated decayed |M|² vanishes there
     */
    public double reweightWithDecays(
            Event e, Theta from, int fromComponent, Theta to, int toComponent) {
        Kinematics k = kinematics(e);
        SpinWeights w = spinWeights(e);
        double denominator = pieces(from, k).withDecays(w, from.cpOdd()).component(fromComponent);
        if (denominator == 0) {
            throw new InvalidParameterException(
                    "event "
                            + e.number()
                            + ": generated decayed matrix element is 0, cannot reweight");
        }
        return pieces(to, k).withDecays(w, to.cpOdd()).component(toComponent) / denominator;
    }

    /**
     * The factor that turns an event generated as {@code fromComponent} at {@code from} into one of
     * {@code toComponent} at {@code to}: the ratio of their matrix elements (signed when the target
     * is the interference or a total with a negative interference).
     *
     * @param e the event
     * @param from the generated point (ignored for a QCD sample)
     * @param fromComponent the generated component
     * @param to the target point
     * @param toComponent the target component
     * @return the weight factor
     * @throws InvalidParameterException when the generated matrix element vanishes there
     */
    public double reweight(Event e, Theta from, int fromComponent, Theta to, int toComponent) {
        Kinematics k = kinematics(e);
        double denominator = pieces(from, k).component(fromComponent);
        if (denominator == 0) {
            throw new InvalidParameterException(
                    "event " + e.number() + ": generated matrix element is 0, cannot reweight");
        }
        return pieces(to, k).component(toComponent) / denominator;
    }

    /**
     * σ of {@code toComponent} at {@code to} from a sample: the mean of weight × {@link #reweight}
     * (the mean event weight of a generated sample is its σ).
     *
     * @param events the sample
     * @param from its point
     * @param fromComponent its component
     * @param to the target point
     * @param toComponent the target component
     * @return σ in the events' weight unit, with its standard error
     */
    public Estimate reweightedCrossSection(
            List<Event> events, Theta from, int fromComponent, Theta to, int toComponent) {
        if (events.size() < 2) {
            throw new InvalidParameterException(
                    "reweighting needs at least 2 events, found " + events.size());
        }
        double sum = 0;
        double sum2 = 0;
        for (Event e : events) {
            double w = e.weight() * reweight(e, from, fromComponent, to, toComponent);
            sum += w;
            sum2 += w * w;
        }
        int n = events.size();
        double mean = sum / n;
        double var = Math.max(0, sum2 / n - mean * mean);
        return new Estimate(mean, Math.sqrt(var / (n - 1)));
    }

    /**
     * The true parton-level likelihood ratio r(x | θ, θ_ref) = p(x | θ)/p(x | θ_ref) of x = (m_tt̄,
     * cos θ*) for the total g g → t t̄ (+ S) density: Σ̄|M|²_θ/Σ̄|M|²_ref · σ_ref/σ_θ (class
     * comment: the luminosity and α_s cancel).
     *
     * @param mtt m_tt̄, GeV
     * @param cos cos θ*
     * @param theta the numerator point
     * @param sigmaTheta σ_total(θ) (gg only), any unit
     * @param ref the reference point
     * @param sigmaRef σ_total(θ_ref), same unit
     * @return r
     */
    public double likelihoodRatio(
            double mtt, double cos, Theta theta, double sigmaTheta, Theta ref, double sigmaRef) {
        if (!(sigmaTheta > 0) || !(sigmaRef > 0)) {
            throw new InvalidParameterException(
                    "likelihood ratio: cross sections must be > 0, found "
                            + sigmaTheta
                            + " and "
                            + sigmaRef);
        }
        // Every piece is ∝ α_s², so any α_s gives the same ratio.
        Kinematics k = new Kinematics(mtt * mtt, cos, 0.1);
        return pieces(theta, k).total() / pieces(ref, k).total() * sigmaRef / sigmaTheta;
    }
}
