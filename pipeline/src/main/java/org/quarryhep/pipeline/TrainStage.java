package org.quarryhep.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quarryhep.analysis.FeatureSetDefinition;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.QuarryException;
import org.quarryhep.ml.train.SpecException;
import org.quarryhep.ml.train.Training;
import org.quarryhep.ml.train.TrainingReport;
import org.quarryhep.ml.train.TrainingSpec;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * The train stage: joins one feature set's tables of every sample into {@code train.csv.gz} and
 * runs {@code ml}'s training job on it ({@code quarry train}'s config language: the model entry's
 * {@code training} keys plus the table, the label, the {@code weight} column and the output the
 * pipeline sets), on the samples the model lists. A sample without a row in the feature set
 * contributes nothing and is named in the stage record; a model left without signal or without
 * background rows stops the stage. The model is saved as {@code model.json} beside the training
 * config.
 */
final class TrainStage {
    static final String MODEL = "model.json";
    static final String TABLE = "train.csv.gz";

    private TrainStage() {}

    static StageKey key(ModelDefinition m, List<StageKey> features) {
        StageKey.Builder k =
                StageKey.builder(Stage.TRAIN.id())
                        .config("name", m.name())
                        .config("features", m.featureSet())
                        .config("label", m.label())
                        .config("training", m.training().canonical())
                        .config("samples", String.join(",", m.samples()));
        features.forEach(k::input);
        return k.build();
    }

    /**
     * Checks the training keys by reading them as {@code ml} would, before anything runs.
     *
     * @throws org.quarryhep.config.ConfigException naming the training node when ml refuses them
     */
    static void checkSpec(ConfigNode training) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("quarry-training-check", ".json");
            writeSpec(tmp, training, "check.csv", "signal", List.of(), List.of());
            TrainingSpec.fromFile(tmp);
        } catch (SpecException e) {
            throw training.error("ml refuses the training config: " + e.getMessage());
        } catch (IOException e) {
            throw new QuarryException("cannot check the training config: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // A leftover temporary file in the system's temp directory is harmless.
                }
            }
        }
    }

    private static void writeSpec(
            Path file,
            ConfigNode training,
            String table,
            String label,
            List<String> drop,
            List<String> groups)
            throws IOException {
        ObjectNode spec = (ObjectNode) StageFiles.JSON.readTree(training.canonical());
        spec.put("train", table);
        spec.put("label", label);
        spec.put("weight", "weight");
        spec.put("output", MODEL);
        drop.forEach(spec.withArray("drop")::add);
        groups.forEach(spec.withArray("groups")::add);
        StageFiles.write(file, spec);
    }

    static void run(
            AnalysisFile a,
            ModelDefinition m,
            List<SampleDefinition> samples,
            List<Path> tables,
            Path dir,
            PipelineListener listener)
            throws IOException {
        FeatureSetDefinition set =
                a.events().featureSets().stream()
                        .filter(f -> f.name().equals(m.featureSet()))
                        .findFirst()
                        .orElseThrow();
        Path train = dir.resolve(TABLE);
        long rows = 0;
        long signalRows = 0;
        long backgroundRows = 0;
        List<String> empty = new ArrayList<>();
        try (Writer w =
                new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(train)),
                        StandardCharsets.UTF_8)) {
            boolean headerWritten = false;
            for (int i = 0; i < tables.size(); i++) {
                long sampleRows = 0;
                try (BufferedReader r =
                        new BufferedReader(
                                new InputStreamReader(
                                        new GZIPInputStream(Files.newInputStream(tables.get(i))),
                                        StandardCharsets.UTF_8))) {
                    String header = r.readLine();
                    if (!headerWritten && header != null) {
                        w.write(header);
                        w.write('\n');
                        headerWritten = true;
                    }
                    String line;
                    while ((line = r.readLine()) != null) {
                        w.write(line);
                        w.write('\n');
                        sampleRows++;
                    }
                }
                SampleDefinition sample = samples.get(i);
                if (sampleRows == 0) {
                    // No selected event in this feature set's categories (a small sample, or a
                    // category the process rarely reaches): it contributes nothing, on record.
                    empty.add(sample.name());
                } else if (sample.role() == SampleDefinition.Role.SIGNAL) {
                    signalRows += sampleRows;
                } else {
                    backgroundRows += sampleRows;
                }
                rows += sampleRows;
            }
        }
        if ("signal".equals(m.label()) && (signalRows == 0 || backgroundRows == 0)) {
            throw new QuarryException(
                    m.field()
                            + ": model "
                            + m.name()
                            + " has "
                            + signalRows
                            + " signal and "
                            + backgroundRows
                            + " background rows in feature set "
                            + m.featureSet()
                            + " (samples without a selected event: "
                            + empty
                            + "); loosen the selection or generate more events");
        }
        List<String> drop = new ArrayList<>(set.labels());
        drop.remove(m.label());
        Path specFile = dir.resolve("training.json");
        writeSpec(
                specFile,
                m.training(),
                train.getFileName().toString(),
                m.label(),
                drop,
                set.parameters());
        TrainingSpec spec = TrainingSpec.fromFile(specFile);
        int epochs = spec.isBdt() ? -1 : spec.network().epochs();
        listener.started(Stage.TRAIN, m.name(), epochs, "epochs");
        TrainingReport report = Training.run(spec, e -> listener.progress(e.epoch()));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model", m.name());
        record.put("feature_set", m.featureSet());
        record.put("rows", rows);
        record.put("signal_rows", signalRows);
        record.put("background_rows", backgroundRows);
        record.put("samples", samples.stream().map(SampleDefinition::name).toList());
        record.put("samples_without_rows", empty);
        record.put("train_rows", report.trainRows());
        record.put("best_epoch", report.bestEpoch());
        if (report.test() != null) {
            record.put("test_auc", report.test().auc());
            record.put("test_accuracy", report.test().accuracy());
            record.put("test_rows", report.test().rows());
        }
        report.model().close();
        StageFiles.write(dir.resolve("stage.json"), record);
    }
}
