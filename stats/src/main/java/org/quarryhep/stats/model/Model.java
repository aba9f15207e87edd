package org.quarryhep.stats.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.Provenance;
import org.quarryhep.stats.InvalidModelException;
import org.quarryhep.stats.InvalidSpecificationException;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.ParameterSet;
import org.quarryhep.stats.UnspecifiedPoiException;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceWriter;
import org.quarryhep.stats.modifier.Constraint;
import org.quarryhep.stats.modifier.InterpolationSettings;

/**
 * A compiled HistFactory model: the expected yield per bin as a function of a flat parameter
 * vector, and the likelihood L = Π_bins Pois(n_b | λ_b(θ)) · Π_constraints p(a_k | θ_k).
 *
 * <p>Conventions follow pyhf: channels in alphabetical order, parameter sets sorted by name,
 * λ_{s,b} = (nominal + Σ additive terms) · Π multiplicative terms summed over samples, Poisson
 * terms in the continuous form n ln λ − λ − ln Γ(n+1), Gaussian constraints with their full
 * normalisation. Immutable and thread-safe.
 *
 * <p>Split along pyhf's lines: {@link ModelCompiler} builds the parts from a workspace (pyhf's
 * {@code _ModelConfig}), {@link MainModel} is the Poisson main term and {@link ConstraintModel} the
 * constraint term; this class holds the configuration and combines the two terms.
 */
public final class Model {
    private final List<String> channels;
    private final int nBins;
    private final List<ParameterSet> parameterSets;
    private final Map<String, ParameterSet> setByName;
    private final double[] inits;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] fixed;
    private final Constraint[] constraint;
    private final double[] auxNominal;
    private final double[] sigma;
    private final double[] tau;
    private final MainModel main;
    private final ConstraintModel constraints;
    private final int poi;
    private final String poiName;
    private final String poiPointer;
    private final String parameterNamesForError;
    private final ObservedData observed;
    private final InterpolationSettings interpolation;
    private final Workspace spec;
    private final String measurementName;
    private Provenance provenance;

    private Model(Builder b) {
        this.channels = b.channels;
        this.nBins = b.nBins;
        this.parameterSets = b.sets;
        this.setByName = new HashMap<>();
        for (ParameterSet s : parameterSets) {
            setByName.put(s.name(), s);
        }
        this.inits = b.inits;
        this.lower = b.lower;
        this.upper = b.upper;
        this.fixed = b.fixed;
        this.constraint = b.constraint;
        this.auxNominal = b.aux;
        this.sigma = b.sigma;
        this.tau = b.tau;
        this.main = new MainModel(b.samples, b.nBins);
        this.constraints = new ConstraintModel(b.constraint, b.sigma, b.tau, b.constrained);
        this.poi = b.poi;
        this.poiName = b.poiName;
        this.poiPointer = b.poiPointer;
        this.parameterNamesForError = b.parameterNamesForError;
        this.observed = b.observed;
        this.interpolation = b.interpolation;
        this.spec = b.spec;
        this.measurementName = b.measurementName;
    }

    /**
     * Where this model came from: the workspace (as input, the SHA-256 of its canonical JSON, as
     * {@link org.quarryhep.stats.WorkspaceWriter} writes it), the measurement and the interpolation
     * codes. Computed on first use; fits, tests and limits derive theirs from it.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        Provenance p = provenance;
        if (p == null) {
            String json = WorkspaceWriter.toJsonString(spec);
            Map<String, String> config = new LinkedHashMap<>();
            config.put("measurement", measurementName);
            config.put("poi", poiName);
            config.put(
                    "interpolation",
                    interpolation.normsys().pyhfName() + "/" + interpolation.histosys().pyhfName());
            p =
                    Provenance.of(
                            "stats.model.Model",
                            config,
                            0,
                            List.of(
                                    new Provenance.InputFile(
                                            "workspace",
                                            Provenance.sha256(
                                                    json.getBytes(StandardCharsets.UTF_8)))));
            // Immutable, so a race only computes it twice.
            provenance = p;
        }
        return p;
    }

    /** The parts of a model, filled by {@link ModelCompiler}. */
    static final class Builder {
        List<String> channels;
        int[] channelOffset;
        int[] channelBins;
        int nBins;
        List<ParameterSet> sets;
        double[] inits;
        double[] lower;
        double[] upper;
        boolean[] fixed;
        Constraint[] constraint;
        double[] aux;
        double[] sigma;
        double[] tau;
        int[] constrained;
        List<CompiledSample> samples;
        int poi;
        String poiName;
        String poiPointer;
        String parameterNamesForError;
        ObservedData observed;
        InterpolationSettings interpolation;
        Workspace spec;
        String measurementName;
    }

    /**
     * Compiles the first measurement with pyhf's default interpolation codes.
     *
     * @param ws the workspace
     * @return the model
     * @throws InvalidModelException when the workspace cannot be compiled
     */
    public static Model compile(Workspace ws) {
        return compile(ws, null, InterpolationSettings.pyhfDefaults());
    }

    /**
     * Compiles a measurement of a workspace.
     *
     * @param ws the workspace
     * @param measurementName the measurement, or {@code null} for the first
     * @param interpolation the interpolation codes per modifier type
     * @return the model
     * @throws InvalidModelException when the measurement does not exist or a parameter
     *     configuration does not fit its parameter
     * @throws InvalidSpecificationException when modifiers sharing a name disagree
     */
    public static Model compile(
            Workspace ws, String measurementName, InterpolationSettings interpolation) {
        return new Model(ModelCompiler.compile(ws, measurementName, interpolation));
    }

    /** The channel names in model order (alphabetical). */
    public List<String> channels() {
        return channels;
    }

    /** The total number of main bins. */
    public int bins() {
        return nBins;
    }

    /** The parameter set with a name. */
    public java.util.Optional<ParameterSet> parameterSet(String name) {
        return java.util.Optional.ofNullable(setByName.get(name));
    }

    /** The number of components of the flat parameter vector. */
    public int parameterCount() {
        return inits.length;
    }

    /** The display names of all components, in flat order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (ParameterSet s : parameterSets) {
            for (int i = 0; i < s.size(); i++) {
                names.add(s.componentName(i));
            }
        }
        return names;
    }

    /**
     * The index of the POI in the flat vector.
     *
     * @return the index
     * @throws UnspecifiedPoiException when no modifier defines the measurement's POI
     */
    public int poiIndex() {
        if (poi < 0) {
            throw new UnspecifiedPoiException(
                    poiPointer
                            + ": POI '"
                            + poiName
                            + "' is not a parameter of any modifier"
                            + " (a background-only workspace needs its signal patch); parameters are "
                            + parameterNamesForError);
        }
        return poi;
    }

    /** The POI's name. */
    public String poiName() {
        return poiName;
    }

    /** Suggested initial values (a copy). */
    public double[] inits() {
        return inits.clone();
    }

    /** Lower bounds (a copy). */
    public double[] lowerBounds() {
        return lower.clone();
    }

    /** Upper bounds (a copy). */
    public double[] upperBounds() {
        return upper.clone();
    }

    /** Components held constant in fits (a copy). */
    public boolean[] fixedParameters() {
        return fixed.clone();
    }

    /** The constraint of a component. */
    public Constraint constraint(int i) {
        return constraint[i];
    }

    /** The nominal auxiliary datum of a component (meaningful when constrained). */
    public double nominalAux(int i) {
        return auxNominal[i];
    }

    /** The Gaussian width of a NORMAL-constrained component. */
    public double constraintSigma(int i) {
        return sigma[i];
    }

    /**
     * The prior width of a component, for pulls: σ for Gaussian constraints, 1/√τ for Poisson ones,
     * NaN for free parameters.
     *
     * @param i the component
     * @return the width
     */
    public double priorWidth(int i) {
        return switch (constraint[i]) {
            case NORMAL -> sigma[i];
            case POISSON -> 1 / Math.sqrt(tau[i]);
            case NONE -> Double.NaN;
        };
    }

    /** The interpolation codes the model was compiled with. */
    public InterpolationSettings interpolation() {
        return interpolation;
    }

    /**
     * The workspace's observed data with the nominal auxiliary data (pyhf's {@code
     * workspace.data(model)}).
     */
    public ObservedData observedData() {
        return observed;
    }

    /** The nominal auxiliary data (pyhf's {@code model.config.auxdata}). */
    public double[] auxData() {
        return observed.aux();
    }

    /**
     * Expected counts per main bin.
     *
     * @param pars the flat parameter vector
     * @return λ per bin
     */
    public double[] expectedMain(double[] pars) {
        return main.expected(pars);
    }

    /**
     * Expected yields of one sample in one channel.
     *
     * @param channel the channel name
     * @param sample the sample name
     * @param pars the flat parameter vector
     * @return λ per bin of the channel
     * @throws IllegalArgumentException when there is no such sample
     */
    public double[] expectedSample(String channel, String sample, double[] pars) {
        return main.expectedSample(channel, sample, pars);
    }

    /**
     * Expected auxiliary data: θ for Gaussian constraints, γ·τ for Poisson ones.
     *
     * @param pars the flat parameter vector
     * @return expected aux data in constrained-component order
     */
    public double[] expectedAux(double[] pars) {
        return constraints.expected(pars);
    }

    /**
     * The expected data at a parameter point (Asimov data when the point is a fit).
     *
     * @param pars the flat parameter vector
     * @return main and auxiliary expectations
     */
    public ObservedData expectedData(double[] pars) {
        return new ObservedData(expectedMain(pars), expectedAux(pars));
    }

    /**
     * Draws a pseudo-experiment from the full model at a parameter point: Poisson counts in the
     * main bins, Gaussian or Poisson auxiliary data.
     *
     * @param pars the parameter point
     * @param rng the random stream
     * @return the toy data
     */
    public ObservedData sample(double[] pars, SplittableRandom rng) {
        return new ObservedData(main.sample(pars, rng), constraints.sample(pars, rng));
    }

    /**
     * The Gauss–Newton approximation of the Hessian of −ln L: Σ_b (n_b/λ_b²) ∇λ_b ∇λ_bᵀ plus the
     * exact second derivatives of the constraint terms. It is positive semi-definite and equals the
     * exact Hessian where the model fits each bin; the minimiser uses it as its starting curvature.
     *
     * @param pars the flat parameter vector
     * @param data the data
     * @return the n × n matrix
     */
    public double[][] gaussNewtonHessian(double[] pars, ObservedData data) {
        double[][] h = new double[inits.length][inits.length];
        main.addCurvature(h, pars, data);
        constraints.addCurvature(h, pars, data);
        return h;
    }

    /**
     * −ln L at a parameter point.
     *
     * @param pars the flat parameter vector
     * @param data the data
     * @return the negative log-likelihood (+∞ where some expected count is negative)
     */
    public double nll(double[] pars, ObservedData data) {
        return nllAndGradient(pars, data, null);
    }

    /**
     * −ln L and its exact gradient.
     *
     * @param pars the flat parameter vector
     * @param data the data
     * @param grad receives ∂(−ln L)/∂θ_i (overwritten), or {@code null} for the value only
     * @return the negative log-likelihood
     */
    public double nllAndGradient(double[] pars, ObservedData data, double[] grad) {
        double v = deviance(pars, data, grad);
        return v + nllConstant(data);
    }

    /**
     * The data-only part of −ln L: ln Γ(n+1) − n + n ln n per Poisson term, ln(σ√(2π)) per Gaussian
     * constraint. {@link #nllAndGradient} is {@code deviance + nllConstant}.
     *
     * @param data the data
     * @return the constant
     */
    public double nllConstant(ObservedData data) {
        return main.constant(data) + constraints.constant(data);
    }

    /**
     * −ln L minus {@link #nllConstant}: Σ (λ − n − n ln(λ/n)) + constraint terms in the same form.
     * Each term vanishes at its own best fit, so the sum keeps full relative precision near a
     * minimum (minimisers compare these values; the constant would swamp the differences).
     *
     * @param pars the flat parameter vector
     * @param data the data
     * @param grad receives the gradient (overwritten), or {@code null}
     * @return the deviance-form value (+∞ where some expected count is negative)
     */
    public double deviance(double[] pars, ObservedData data, double[] grad) {
        double v = main.deviance(pars, data, grad);
        return v == Double.POSITIVE_INFINITY ? v : v + constraints.deviance(pars, data, grad);
    }
}
