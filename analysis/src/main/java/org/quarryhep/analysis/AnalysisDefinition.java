package org.quarryhep.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.analysis.internal.Program;
import org.quarryhep.analysis.object.ObjectDefinition;
import org.quarryhep.analysis.object.OverlapRemovalStep;
import org.quarryhep.analysis.score.ScoreFunction;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.QuarryException;

/**
 * The event-level part of an analysis file, read and validated: object collections and overlap
 * removal ({@code objects}), the ordered cuts and categories ({@code selection}), the variables,
 * the feature sets and the histograms. This is the module's entry point:
 *
 * <ul>
 *   <li>{@link #fromRoot(ConfigNode)} (or {@link #from} with the five sections) reads and checks
 *       the whole definition up front: every name, every expression, every cut against the
 *       categories where its variables exist; errors are {@link
 *       org.quarryhep.config.ConfigException}s naming file, line and JSON pointer;
 *   <li>{@link #newSelection(Map, ScoreProvider)} gives one thread's {@link EventSelection}, which
 *       takes {@code detector.ReconstructedEvent}s and tells the cuts passed, the category, the
 *       variables and the feature rows;
 *   <li>{@link #newAccumulator()} gives one thread's {@link AnalysisAccumulator} (cut-flow and
 *       histograms), which merge exactly, so results do not depend on the thread count.
 * </ul>
 */
public final class AnalysisDefinition {
    /** The category name used when the selection declares none. */
    public static final String INCLUSIVE = "inclusive";

    private final List<ObjectDefinition> objects;
    private final List<OverlapRemovalStep> overlapRemoval;
    private final List<CutDefinition> cuts;
    private final List<CategoryDefinition> categories;
    private final List<VariableDefinition> variables;
    private final List<FeatureSetDefinition> featureSets;
    private final List<HistogramDefinition> histograms;
    private final Program program;
    private final int[][] featureColumns;
    private final boolean[][] featureCategories;
    private final int[] histogramVariables;
    private final boolean[][] histogramCategories;
    private final Profiles profiles;
    private final List<String> parameterNames;
    private final java.util.Set<String> optionalParameters;
    private final List<String> scoreModels;
    private final List<String> scoreFeatureSets;

    AnalysisDefinition(
            List<ObjectDefinition> objects,
            List<OverlapRemovalStep> overlapRemoval,
            List<CutDefinition> cuts,
            List<CategoryDefinition> categories,
            List<VariableDefinition> variables,
            List<FeatureSetDefinition> featureSets,
            List<HistogramDefinition> histograms,
            Program program,
            int[][] featureColumns,
            boolean[][] featureCategories,
            int[] histogramVariables,
            boolean[][] histogramCategories,
            Profiles profiles,
            List<String> parameterNames,
            java.util.Set<String> optionalParameters,
            List<String> scoreModels,
            List<String> scoreFeatureSets) {
        this.objects = List.copyOf(objects);
        this.overlapRemoval = List.copyOf(overlapRemoval);
        this.cuts = List.copyOf(cuts);
        this.categories = List.copyOf(categories);
        this.variables = List.copyOf(variables);
        this.featureSets = List.copyOf(featureSets);
        this.histograms = List.copyOf(histograms);
        this.program = program;
        this.featureColumns = featureColumns;
        this.featureCategories = featureCategories;
        this.histogramVariables = histogramVariables;
        this.histogramCategories = histogramCategories;
        this.profiles = profiles;
        this.parameterNames = List.copyOf(parameterNames);
        this.optionalParameters = java.util.Set.copyOf(optionalParameters);
        this.scoreModels = List.copyOf(scoreModels);
        this.scoreFeatureSets = List.copyOf(scoreFeatureSets);
    }

    /**
     * Reads the event-level sections of an analysis file's root mapping: {@code objects} and {@code
     * selection} (required), {@code variables}, {@code features}, {@code histograms}, {@code
     * profiles} (optional). Other root keys are left to the caller, which checks the root's key
     * set.
     *
     * @param root the analysis file's root mapping
     * @return the validated definition
     * @throws org.quarryhep.config.ConfigException at the first problem, with file, line, path and
     *     what was expected
     */
    public static AnalysisDefinition fromRoot(ConfigNode root) {
        return from(
                root.get("objects"),
                root.get("selection"),
                root.opt("variables"),
                root.opt("features"),
                root.opt("histograms"),
                root.opt("profiles"));
    }

    /**
     * Reads the event-level sections, with 2-D profiles.
     *
     * @param objects the {@code objects} section
     * @param selection the {@code selection} section
     * @param variables the {@code variables} section, if any
     * @param features the {@code features} section, if any
     * @param histograms the {@code histograms} section, if any
     * @param profiles the {@code profiles} section, if any
     * @return the validated definition
     * @throws org.quarryhep.config.ConfigException at the first problem
     */
    public static AnalysisDefinition from(
            ConfigNode objects,
            ConfigNode selection,
            Optional<ConfigNode> variables,
            Optional<ConfigNode> features,
            Optional<ConfigNode> histograms,
            Optional<ConfigNode> profiles) {
        return new DefinitionReader(objects, selection, variables, features, histograms, profiles)
                .read();
    }

    /**
     * Reads a file that holds only the event-level sections (plus an optional {@code version}).
     *
     * @param file the YAML file
     * @return the validated definition
     * @throws org.quarryhep.config.ConfigException when the file is missing or invalid
     */
    public static AnalysisDefinition load(Path file) {
        ConfigNode root = ConfigNode.load(file);
        return fromStandalone(root);
    }

    /**
     * Parses a YAML text that holds only the event-level sections (plus an optional {@code
     * version}).
     *
     * @param yaml the text
     * @param source the name for messages
     * @return the validated definition
     * @throws org.quarryhep.config.ConfigException when the text is invalid
     */
    public static AnalysisDefinition parse(String yaml, String source) {
        return fromStandalone(ConfigNode.parse(yaml, source));
    }

    private static AnalysisDefinition fromStandalone(ConfigNode root) {
        root.allowOnly(
                "version",
                "objects",
                "selection",
                "variables",
                "features",
                "histograms",
                "profiles");
        return fromRoot(root);
    }

    /** The object collections, merged ones last. */
    public List<ObjectDefinition> objects() {
        return objects;
    }

    /** The ordered overlap-removal steps. */
    public List<OverlapRemovalStep> overlapRemoval() {
        return overlapRemoval;
    }

    /** The common cuts, in order. */
    public List<CutDefinition> cuts() {
        return cuts;
    }

    /** The categories (one named {@value #INCLUSIVE} when the file declares none). */
    public List<CategoryDefinition> categories() {
        return categories;
    }

    /** The variables, in the file's order. */
    public List<VariableDefinition> variables() {
        return variables;
    }

    /** The feature sets. */
    public List<FeatureSetDefinition> featureSets() {
        return featureSets;
    }

    /** The histograms. */
    public List<HistogramDefinition> histograms() {
        return histograms;
    }

    /**
     * The index of a variable, for {@link EventSelection#value(int)} in loops.
     *
     * @param name the variable's name
     * @return its index in {@link #variables()}
     * @throws IllegalArgumentException when there is no such variable
     */
    public int variableIndex(String name) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "no variable '"
                        + name
                        + "'; the definition has "
                        + variables.stream().map(VariableDefinition::name).toList());
    }

    /** The names of the per-sample parameters the variables read (e.g. a mass hypothesis). */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * The column names of a feature set.
     *
     * @param featureSet the set's name
     * @return its columns
     * @throws IllegalArgumentException when there is no such set
     */
    public List<String> featureColumns(String featureSet) {
        return featureSets.get(featureSetIndex(featureSet)).columns();
    }

    int featureSetIndex(String name) {
        for (int i = 0; i < featureSets.size(); i++) {
            if (featureSets.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "no feature set '"
                        + name
                        + "'; the definition has "
                        + featureSets.stream().map(FeatureSetDefinition::name).toList());
    }

    /**
     * One thread's event selection.
     *
     * @param parameters the sample's values for {@link #parameterNames()} (extra keys are ignored)
     * @param scores the models for the score variables ({@link ScoreProvider#none()} when there are
     *     none)
     * @return a selection (not thread-safe; create one per thread)
     * @throws QuarryException when a parameter is missing or a model is refused
     */
    public EventSelection newSelection(Map<String, Double> parameters, ScoreProvider scores) {
        double[] values = new double[parameterNames.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = parameters.get(parameterNames.get(i));
            if (v == null && optionalParameters.contains(parameterNames.get(i))) {
                // An optional parameter (e.g. the mass of signal samples only) is missing: NaN.
                v = Double.NaN;
            }
            if (v == null) {
                throw new QuarryException(
                        "the analysis reads the sample parameter '"
                                + parameterNames.get(i)
                                + "' but the sample gives only "
                                + parameters.keySet());
            }
            values[i] = v;
        }
        ScoreFunction[] scorers = new ScoreFunction[scoreModels.size()];
        for (int i = 0; i < scorers.length; i++) {
            scorers[i] = scores.scorer(scoreModels.get(i), featureColumns(scoreFeatureSets.get(i)));
        }
        return new EventSelection(this, program, program.newContext(values, scorers));
    }

    /**
     * One thread's cut-flow and histograms, empty.
     *
     * @return the accumulator
     */
    public AnalysisAccumulator newAccumulator() {
        return new AnalysisAccumulator(this);
    }

    int[] featureColumnIndices(int set) {
        return featureColumns[set];
    }

    boolean featureInCategory(int set, int category) {
        return featureCategories[set][category];
    }

    /**
     * The parameters marked {@code optional}: a sample without one reads NaN.
     *
     * @return their names
     */
    public java.util.Set<String> optionalParameterNames() {
        return optionalParameters;
    }

    /** The 2-D profiles, in file order. */
    public List<ProfileDefinition> profiles() {
        return profiles.definitions();
    }

    /** Profile p's (mean, x, y) variable indices. */
    int[] profileVariables(int p) {
        return profiles.variables()[p];
    }

    boolean profileInCategory(int p, int category) {
        return profiles.categories()[p][category];
    }

    /** The compiled profiles: definitions, their (mean, x, y) variables, their categories. */
    record Profiles(
            List<ProfileDefinition> definitions, int[][] variables, boolean[][] categories) {
        Profiles {
            definitions = List.copyOf(definitions);
        }
    }

    int histogramVariable(int h) {
        return histogramVariables[h];
    }

    boolean histogramInCategory(int h, int category) {
        return histogramCategories[h][category];
    }

    /** A multi-line summary of the definition. */
    public String description() {
        StringBuilder b = new StringBuilder();
        for (ObjectDefinition o : objects) {
            b.append("object ").append(o.description()).append('\n');
        }
        for (OverlapRemovalStep s : overlapRemoval) {
            b.append("overlap ").append(s.description()).append('\n');
        }
        for (CutDefinition c : cuts) {
            b.append("cut ").append(c.description()).append('\n');
        }
        for (CategoryDefinition c : categories) {
            b.append("category ").append(c.name()).append(": ").append(c.require()).append('\n');
            for (CutDefinition cut : c.cuts()) {
                b.append("  cut ").append(cut.description()).append('\n');
            }
        }
        return b.toString();
    }
}
