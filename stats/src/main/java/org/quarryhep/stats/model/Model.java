package org.quarryhep.stats.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.quarryhep.stats.InvalidModelException;
import org.quarryhep.stats.InvalidSpecificationException;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.ParameterSet;
import org.quarryhep.stats.UnspecifiedPoiException;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.modifier.BinTerm;
import org.quarryhep.stats.modifier.Constraint;
import org.quarryhep.stats.modifier.Effect;
import org.quarryhep.stats.modifier.InterpolationSettings;
import org.quarryhep.stats.modifier.Modifier;
import org.quarryhep.stats.modifier.ModifierTypes;
import org.quarryhep.stats.modifier.ParameterRegistry;
import org.quarryhep.stats.modifier.ParameterSetBuilder;

/**
 * A compiled HistFactory model: the expected yield per bin as a function of a flat parameter
 * vector, and the likelihood L = Π_bins Pois(n_b | λ_b(θ)) · Π_constraints p(a_k | θ_k).
 *
 * <p>Conventions follow pyhf: channels in alphabetical order, parameter sets sorted by name,
 * λ_{s,b} = (nominal + Σ additive terms) · Π multiplicative terms summed over samples, Poisson
 * terms in the continuous form n ln λ − λ − ln Γ(n+1), Gaussian constraints with their full
 * normalisation. Immutable and thread-safe.
 */
public final class Model {
    private final List<String> channels;
    private final int[] channelOffset;
    private final int[] channelBins;
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

    private Model(Builder b) {
        this.channels = b.channels;
        this.channelOffset = b.channelOffset;
        this.channelBins = b.channelBins;
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
    }

    private static final class Builder {
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
        Workspace.Measurement measurement = ws.measurement(measurementName);
        int measurementIndex = ws.measurements().indexOf(measurement);
        Builder b = new Builder();
        b.interpolation = interpolation;
        TreeMap<String, Integer> channelIndexInFile = new TreeMap<>();
        for (int i = 0; i < ws.channels().size(); i++) {
            channelIndexInFile.put(ws.channels().get(i).name(), i);
        }
        b.channels = List.copyOf(channelIndexInFile.keySet());
        b.channelOffset = new int[b.channels.size()];
        b.channelBins = new int[b.channels.size()];
        int offset = 0;
        for (int c = 0; c < b.channels.size(); c++) {
            Workspace.Channel ch = ws.channels().get(channelIndexInFile.get(b.channels.get(c)));
            b.channelOffset[c] = offset;
            b.channelBins[c] = ch.bins();
            offset += ch.bins();
        }
        b.nBins = offset;

        ParameterRegistry registry = new ParameterRegistry();
        for (String cname : b.channels) {
            int ci = channelIndexInFile.get(cname);
            Workspace.Channel ch = ws.channels().get(ci);
            for (int s = 0; s < ch.samples().size(); s++) {
                Workspace.Sample sample = ch.samples().get(s);
                for (int m = 0; m < sample.modifiers().size(); m++) {
                    ModifierSpec spec = sample.modifiers().get(m);
                    String pointer = "/channels/" + ci + "/samples/" + s + "/modifiers/" + m;
                    ModifierTypes.forType(spec.type()).declare(spec, ch, sample, pointer, registry);
                }
            }
        }
        List<Workspace.ParameterConfig> configs = measurement.parameters();
        for (int i = 0; i < configs.size(); i++) {
            applyConfig(
                    registry,
                    configs.get(i),
                    "/measurements/" + measurementIndex + "/config/parameters/" + i);
        }

        b.sets = new ArrayList<>();
        Map<String, Integer> offsets = new HashMap<>();
        int nPars = 0;
        for (ParameterSetBuilder set : registry.sets().values()) {
            b.sets.add(new ParameterSet(set.name(), set.type(), nPars, set.size()));
            offsets.put(set.name(), nPars);
            nPars += set.size();
        }
        b.inits = new double[nPars];
        b.lower = new double[nPars];
        b.upper = new double[nPars];
        b.fixed = new boolean[nPars];
        b.constraint = new Constraint[nPars];
        b.aux = new double[nPars];
        b.sigma = new double[nPars];
        b.tau = new double[nPars];
        List<Integer> constrained = new ArrayList<>();
        for (ParameterSetBuilder set : registry.sets().values()) {
            int o = offsets.get(set.name());
            for (int i = 0; i < set.size(); i++) {
                b.inits[o + i] = set.init(i);
                b.lower[o + i] = set.lower(i);
                b.upper[o + i] = set.upper(i);
                b.fixed[o + i] = set.fixed(i);
                b.constraint[o + i] = set.constraint(i);
                b.aux[o + i] = set.aux(i);
                b.sigma[o + i] = set.sigma(i);
                b.tau[o + i] = set.tau(i);
                if (set.constraint(i) == Constraint.NORMAL && !(set.sigma(i) > 0)) {
                    throw new InvalidModelException(
                            "parameter '"
                                    + set.name()
                                    + "' ("
                                    + set.type()
                                    + ") needs a positive"
                                    + " width: give \"sigmas\" in measurement '"
                                    + measurement.name()
                                    + "' /measurements/"
                                    + measurementIndex
                                    + "/config/parameters");
                }
                if (set.constraint(i) != Constraint.NONE) {
                    constrained.add(o + i);
                }
            }
        }
        b.constrained = constrained.stream().mapToInt(Integer::intValue).toArray();

        b.samples = new ArrayList<>();
        for (int c = 0; c < b.channels.size(); c++) {
            Workspace.Channel ch = ws.channels().get(channelIndexInFile.get(b.channels.get(c)));
            for (Workspace.Sample sample : ch.samples()) {
                List<BinTerm> add = new ArrayList<>();
                List<BinTerm> mult = new ArrayList<>();
                for (ModifierSpec spec : sample.modifiers()) {
                    Modifier m = ModifierTypes.forType(spec.type());
                    BinTerm t =
                            m.compile(
                                    spec,
                                    sample,
                                    registry.get(spec.name()),
                                    offsets,
                                    interpolation);
                    (m.effect() == Effect.ADDITIVE ? add : mult).add(t);
                }
                b.samples.add(
                        new CompiledSample(
                                ch.name(),
                                sample.name(),
                                b.channelOffset[c],
                                sample.data(),
                                add.toArray(new BinTerm[0]),
                                mult.toArray(new BinTerm[0])));
            }
        }
        b.poiName = measurement.poi();
        Integer poiOffset = offsets.get(measurement.poi());
        if (poiOffset != null && registry.get(measurement.poi()).size() != 1) {
            throw new InvalidModelException(
                    "POI '" + measurement.poi() + "' must be a scalar parameter");
        }
        // A background-only workspace (e.g. HEPData's BkgOnly.json) names a POI that only its
        // signal patches define; it still compiles for fits, and inference asks for the POI.
        b.poi = poiOffset == null ? -1 : poiOffset;
        b.poiPointer = "/measurements/" + measurementIndex + "/config/poi";
        b.parameterNamesForError = new java.util.TreeSet<>(offsets.keySet()).toString();

        double[] main = new double[b.nBins];
        for (int c = 0; c < b.channels.size(); c++) {
            double[] d = ws.observation(b.channels.get(c)).orElseThrow().data();
            System.arraycopy(d, 0, main, b.channelOffset[c], d.length);
        }
        double[] aux = new double[b.constrained.length];
        for (int k = 0; k < aux.length; k++) {
            aux[k] = b.aux[b.constrained[k]];
        }
        b.observed = new ObservedData(main, aux);
        return new Model(b);
    }

    private static void applyConfig(
            ParameterRegistry registry, Workspace.ParameterConfig cfg, String pointer) {
        ParameterSetBuilder set = registry.get(cfg.name());
        if (set == null) {
            // pyhf ignores configurations of parameters no modifier uses (e.g. a lumi entry without
            // a
            // lumi modifier), so they are inert here too.
            return;
        }
        checkLength(cfg.inits(), set, pointer + "/inits");
        checkLength(cfg.auxdata(), set, pointer + "/auxdata");
        checkLength(cfg.sigmas(), set, pointer + "/sigmas");
        if (cfg.bounds() != null && cfg.bounds().length != set.size()) {
            throw new InvalidSpecificationException(
                    pointer + "/bounds",
                    "parameter '"
                            + cfg.name()
                            + "' has "
                            + set.size()
                            + " components but "
                            + cfg.bounds().length
                            + " bounds");
        }
        if (cfg.inits() != null) {
            set.setInits(cfg.inits());
        }
        if (cfg.bounds() != null) {
            set.setBounds(cfg.bounds());
        }
        if (cfg.auxdata() != null) {
            set.setAuxdata(cfg.auxdata());
        }
        if (cfg.sigmas() != null) {
            set.setSigmas(cfg.sigmas());
        }
        if (cfg.fixed()) {
            set.setFixed();
        }
    }

    private static void checkLength(double[] v, ParameterSetBuilder set, String pointer) {
        if (v != null && v.length != set.size()) {
            throw new InvalidSpecificationException(
                    pointer,
                    "parameter '"
                            + set.name()
                            + "' has "
                            + set.size()
                            + " components but "
                            + v.length
                            + " values are given");
        }
    }

    /** The channel names in model order (alphabetical). */
    public List<String> channels() {
        return channels;
    }

    /** The first bin of channel c in the main data vector. */
    public int channelOffset(int c) {
        return channelOffset[c];
    }

    /** The number of bins of channel c. */
    public int channelBins(int c) {
        return channelBins[c];
    }

    /** The total number of main bins. */
    public int bins() {
        return nBins;
    }

    /** The parameter sets in model order. */
    public List<ParameterSet> parameterSets() {
        return Collections.unmodifiableList(parameterSets);
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

    /** True when the measurement's POI is a parameter of this model. */
    public boolean hasPoi() {
        return poi >= 0;
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
