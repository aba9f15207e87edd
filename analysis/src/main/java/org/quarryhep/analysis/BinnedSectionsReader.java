package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import org.quarryhep.config.ConfigNode;

/**
 * Reads the binned sections, {@code histograms} and {@code profiles}, against the variables and
 * categories the rest of the file declared: each definition with its variables' indices and the
 * categories it is filled in, every variable checked to exist in those categories.
 */
final class BinnedSectionsReader {
    /** Histogram definitions, the variable each reads and the categories it is filled in. */
    record CompiledHistograms(
            List<HistogramDefinition> definitions, int[] variables, boolean[][] categories) {}

    /** Profile definitions, their (mean, x, y) variables and the categories each is filled in. */
    record CompiledProfiles(
            List<ProfileDefinition> definitions, int[][] variables, boolean[][] categories) {}

    private final ToIntFunction<ConfigNode> variable;
    private final BiFunction<List<String>, ConfigNode, boolean[]> categoryMask;
    private final VariableCategories where;

    /**
     * A reader over one file's variables and categories.
     *
     * @param variable a variable's index from the node naming it (an unknown name is an error
     *     there)
     * @param categoryMask the categories a definition names (empty: all) as a mask, its owner's
     *     node locating an unknown one
     * @param where the categories each variable exists in
     */
    BinnedSectionsReader(
            ToIntFunction<ConfigNode> variable,
            BiFunction<List<String>, ConfigNode, boolean[]> categoryMask,
            VariableCategories where) {
        this.variable = variable;
        this.categoryMask = categoryMask;
        this.where = where;
    }

    /** Reads the histograms and checks each variable exists in the histogram's categories. */
    CompiledHistograms histograms(Optional<ConfigNode> histogramsNode) {
        List<HistogramDefinition> histograms = new ArrayList<>();
        List<Integer> histVar = new ArrayList<>();
        List<boolean[]> histCats = new ArrayList<>();
        if (histogramsNode.isPresent()) {
            for (Map.Entry<String, ConfigNode> e : histogramsNode.get().entries().entrySet()) {
                ConfigNode h = e.getValue();
                h.allowOnly("variable", "bins", "edges", "categories");
                ConfigNode varNode = h.get("variable");
                int v = variable.applyAsInt(varNode);
                double[] edges = HistogramBinning.edges(h);
                List<String> cats = SectionValues.stringList(h.opt("categories"));
                boolean[] mask = categoryMask.apply(cats, h);
                where.checkInCategories(v, mask, varNode, "histogram '" + e.getKey() + "'");
                histograms.add(
                        new HistogramDefinition(e.getKey(), varNode.asString(), edges, cats));
                histVar.add(v);
                histCats.add(mask);
            }
        }
        return new CompiledHistograms(
                histograms,
                histVar.stream().mapToInt(Integer::intValue).toArray(),
                histCats.toArray(new boolean[0][]));
    }

    /**
     * Reads the profiles ({@code profiles: name: {mean, x: {variable, bins|edges}, y: {…},
     * categories}}) and checks each variable exists in the profile's categories.
     */
    CompiledProfiles profiles(Optional<ConfigNode> profilesNode) {
        List<ProfileDefinition> profiles = new ArrayList<>();
        List<int[]> vars = new ArrayList<>();
        List<boolean[]> cats = new ArrayList<>();
        if (profilesNode.isPresent()) {
            for (Map.Entry<String, ConfigNode> e : profilesNode.get().entries().entrySet()) {
                ConfigNode p = e.getValue();
                // `result` belongs to the orchestration (where the profile goes in its results).
                p.allowOnly("mean", "x", "y", "categories", "result");
                List<String> names = SectionValues.stringList(p.opt("categories"));
                boolean[] mask = categoryMask.apply(names, p);
                String what = "profile '" + e.getKey() + "'";
                ConfigNode meanNode = p.get("mean");
                ConfigNode x = p.get("x").allowOnly("variable", "bins", "edges");
                ConfigNode y = p.get("y").allowOnly("variable", "bins", "edges");
                int[] v = {
                    variable.applyAsInt(meanNode),
                    variable.applyAsInt(x.get("variable")),
                    variable.applyAsInt(y.get("variable"))
                };
                where.checkInCategories(v[0], mask, meanNode, what);
                where.checkInCategories(v[1], mask, x.get("variable"), what);
                where.checkInCategories(v[2], mask, y.get("variable"), what);
                profiles.add(
                        new ProfileDefinition(
                                e.getKey(),
                                meanNode.asString(),
                                x.get("variable").asString(),
                                HistogramBinning.edges(x),
                                y.get("variable").asString(),
                                HistogramBinning.edges(y),
                                names));
                vars.add(v);
                cats.add(mask);
            }
        }
        return new CompiledProfiles(
                profiles, vars.toArray(new int[0][]), cats.toArray(new boolean[0][]));
    }
}
