package org.quarryhep.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quarryhep.analysis.FeatureSetDefinition;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.regression.MassPoint;
import org.quarryhep.ml.regression.MassRegression;
import org.quarryhep.ml.regression.MassResolution;
import org.quarryhep.ml.regression.SelectionCriterion;
import org.quarryhep.ml.table.ColumnRoles;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.FeatureTables;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * The train stage of a mass-regression model (analyses.md §1.10): joins the feature set's tables of
 * the training samples, holds out a seeded share of the rows (early stopping, and the rows the
 * restarts are scored on: the training pool's discrete grid masses), trains {@code
 * ml.regression.MassRegression}, and evaluates the chosen network and M_col itself per true mass on
 * the joined tables of the evaluation samples (a test bench never used in training). Its record's
 * {@code regression} rows become results.json's {@code regression} table.
 */
final class RegressionStage {
    static final String MODEL = "model.json";

    private RegressionStage() {}

    static StageKey key(ModelDefinition m, List<StageKey> trainFeatures, List<StageKey> evaluated) {
        StageKey.Builder k =
                StageKey.builder(Stage.TRAIN.id())
                        .config("name", m.name())
                        .config("kind", "regression")
                        .config("features", m.featureSet())
                        .config("regression", m.regression().canonical())
                        .config("samples", String.join(",", m.samples()))
                        .config("evaluate", String.join(",", m.regression().evaluate()));
        trainFeatures.forEach(k::input);
        evaluated.forEach(k::input);
        return k.build();
    }

    static void run(
            AnalysisFile a,
            ModelDefinition m,
            List<Path> trainTables,
            List<Path> evaluateTables,
            Path dir,
            PipelineListener listener)
            throws IOException {
        ModelDefinition.Regression r = m.regression();
        FeatureSetDefinition set =
                a.events().featureSets().stream()
                        .filter(f -> f.name().equals(m.featureSet()))
                        .findFirst()
                        .orElseThrow();
        List<String> columns = a.events().featureColumns(set.name());
        List<String> groups = new ArrayList<>(set.parameters());
        List<String> drop = new ArrayList<>(set.labels());
        drop.remove("signal");
        if (drop.remove(r.mass())) {
            groups.add(r.mass());
        }
        ColumnRoles roles = new ColumnRoles("signal", "weight", groups, drop);
        FeatureTable pool = read(join(trainTables, dir.resolve("train.csv.gz")), roles, m);
        FeatureTable bench = read(join(evaluateTables, dir.resolve("evaluate.csv.gz")), roles, m);
        int[][] parts = split(pool.rows(), r.validationFraction(), r.seed());
        FeatureTable train = pool.select(parts[0]);
        FeatureTable validation = pool.select(parts[1]);
        MassRegression regression =
                new MassRegression(
                        columns,
                        r.mass(),
                        r.mcol(),
                        r.network(),
                        r.restarts(),
                        SelectionCriterion.resolutionPlusBias(r.selectionWeight()));
        listener.started(
                Stage.TRAIN, m.name(), (long) r.restarts() * r.network().epochs(), "epochs");
        long[] epochs = {0};
        MassRegression.Result result;
        try {
            result =
                    regression.train(
                            train, validation, validation, e -> listener.progress(++epochs[0]));
        } catch (IllegalArgumentException e) {
            throw new QuarryException(m.field() + ": mass regression: " + e.getMessage(), e);
        }
        List<MassPoint> dnn;
        try (var model = result.model()) {
            ModelFiles.save(model, dir.resolve(MODEL));
            dnn = regression.evaluate(model, bench);
        }
        List<MassPoint> mcol =
                MassResolution.perMass(
                        bench.column(r.mcol()), bench.group(r.mass()), bench.weights());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model", m.name());
        record.put("kind", "regression");
        record.put("feature_set", m.featureSet());
        record.put("train_rows", train.rows());
        record.put("validation_rows", validation.rows());
        record.put("evaluate_rows", bench.rows());
        record.put("chosen_restart", result.chosen());
        List<Map<String, Object>> restarts = new ArrayList<>();
        for (MassRegression.Restart k : result.restarts()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("index", k.index());
            x.put("seed", k.seed());
            x.put("best_epoch", k.bestEpoch());
            x.put("score_gev", finite(k.score()));
            restarts.add(x);
        }
        record.put("restarts", restarts);
        record.put("regression", rows(r.key(), dnn, mcol));
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    /** One row per true mass: the DNN's and M_col's μ, σ_SD, |μ − m| and pull. */
    static List<Map<String, Object>> rows(String key, List<MassPoint> dnn, List<MassPoint> mcol) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < dnn.size(); i++) {
            MassPoint d = dnn.get(i);
            MassPoint c = mcol.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", key);
            row.put("mass_gev", d.mass());
            row.put("rows", d.rows());
            row.put("dnn_mean_gev", d.mean());
            row.put("dnn_sd_gev", d.sd());
            row.put("dnn_error_gev", d.error());
            row.put("dnn_pull", finite(d.pull()));
            row.put("mcol_mean_gev", c.mean());
            row.put("mcol_sd_gev", c.sd());
            row.put("mcol_error_gev", c.error());
            row.put("mcol_pull", finite(c.pull()));
            rows.add(row);
        }
        return rows;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** A seeded shuffle of the rows: [0] the training part, [1] the held-out part. */
    static int[][] split(int rows, double fraction, long seed) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new RandomStreams(seed).child("regression-split").stream(0);
        for (int i = rows - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int held = (int) Math.round(rows * fraction);
        int[] train = java.util.Arrays.copyOfRange(order, held, rows);
        int[] val = java.util.Arrays.copyOfRange(order, 0, held);
        java.util.Arrays.sort(train);
        java.util.Arrays.sort(val);
        return new int[][] {train, val};
    }

    private static FeatureTable read(Path table, ColumnRoles roles, ModelDefinition m)
            throws IOException {
        FeatureTable t = FeatureTables.read(table, roles);
        if (t.rows() == 0) {
            throw new QuarryException(
                    m.field()
                            + ": mass regression "
                            + m.name()
                            + " has no rows in "
                            + table.getFileName()
                            + " (feature set "
                            + m.featureSet()
                            + "); loosen the selection or generate more events");
        }
        return t;
    }

    /** Concatenates gzip CSV tables with one header into {@code out}. */
    private static Path join(List<Path> tables, Path out) throws IOException {
        try (Writer w =
                new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            boolean headerWritten = false;
            for (Path p : tables) {
                try (BufferedReader r =
                        new BufferedReader(
                                new InputStreamReader(
                                        new GZIPInputStream(Files.newInputStream(p)),
                                        StandardCharsets.UTF_8))) {
                    String header = r.readLine();
                    if (header == null) {
                        continue;
                    }
                    if (!headerWritten) {
                        w.write(header);
                        w.write('\n');
                        headerWritten = true;
                    }
                    String line;
                    while ((line = r.readLine()) != null) {
                        w.write(line);
                        w.write('\n');
                    }
                }
            }
        }
        return out;
    }
}
