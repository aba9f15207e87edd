package org.quarryhep.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.bdt.BdtModel;
import org.quarryhep.ml.shap.Explainers;
import org.quarryhep.ml.shap.ShapValues;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry explain MODEL TABLE}: SHAP ranking and beeswarm data. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description =
                "SHAP values of a model on a table: exact TreeSHAP for BDTs, permutation SHAP with a"
                        + " background sample for networks; prints the ranking by mean |SHAP|.")
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "model file")
    Path model;

    @Parameters(index = "1", paramLabel = "TABLE", description = "table with the model's features")
    Path table;

    @Option(names = "--rows", defaultValue = "200", description = "rows to explain")
    int rows;

    @Option(
            names = "--background",
            defaultValue = "100",
            description = "background rows for networks")
    int background;

    @Option(names = "--permutations", defaultValue = "2", description = "permutations per row")
    int permutations;

    @Option(names = "--top", defaultValue = "4", description = "features in the beeswarm data")
    int top;

    @Option(names = "--seed", defaultValue = "42", description = "seed of rows and permutations")
    long seed;

    @Option(names = "--json", description = "print one JSON document (ranking and beeswarm data)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Model m = ModelFiles.load(model)) {
            FeatureTable t = Training.readLike(m, table, null);
            int n = Math.min(rows, t.rows());
            int nb = Math.min(background, t.rows());
            // Rows to explain and background rows: two seeded draws without replacement.
            int[] order = shuffled(t.rows(), seed);
            FeatureTable explained = t.select(java.util.Arrays.copyOf(order, n));
            int[] bg = shuffled(t.rows(), seed + 1);
            ShapValues s =
                    m instanceof BdtModel b
                            ? Explainers.treeShap(b, explained)
                            : Explainers.permutationShap(
                                    m,
                                    explained,
                                    t.select(java.util.Arrays.copyOf(bg, nb)),
                                    permutations,
                                    seed);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("model", model.toString());
                out.put("method", m instanceof BdtModel ? "tree_shap" : "permutation_shap");
                out.put("space", s.space());
                out.put("expected_value", s.expectedValue());
                out.put("rows", n);
                out.put("ranking", s.ranking());
                out.put("beeswarm", s.beeswarm(top));
                Json.print(spec.commandLine().getOut(), out);
            } else {
                var out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "mean |SHAP| over %d rows (%s):%n", n, s.space());
                for (ShapValues.Importance imp : s.ranking()) {
                    out.printf(Locale.ROOT, "  %-24s %.5g%n", imp.feature(), imp.meanAbs());
                }
                out.flush();
            }
        }
        return 0;
    }

    private static int[] shuffled(int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        int[] a = java.util.stream.IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
        return a;
    }
}
