package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.analysis.ScoreFunction;
import org.quarryhep.analysis.ScoreProvider;
import org.quarryhep.core.QuarryException;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.table.FeatureTable;

/**
 * The apply stage's {@link ScoreProvider}: scores from the trained models of this run. Each scorer
 * loads its own copy of the model (one per selection, so one per thread) and evaluates one row at a
 * time; a model input that is not a column of the feature row is taken from the sample's labels
 * (the parameter of a parametric network, e.g. the mass hypothesis). Close it after the pass.
 */
final class TrainedModels implements ScoreProvider, AutoCloseable {
    private final Map<String, Path> files;
    private final Map<String, Double> labels;
    private final List<Model> open = new ArrayList<>();

    TrainedModels(Map<String, Path> files, Map<String, Double> labels) {
        this.files = new LinkedHashMap<>(files);
        this.labels = new LinkedHashMap<>(labels);
    }

    /**
     * The provider for passes that run before training: every score is missing (NaN). Safe because
     * validation keeps scores out of cuts and training features, so before training a score only
     * reaches histograms, which those passes do not keep.
     */
    static ScoreProvider beforeTraining() {
        return (model, features) -> row -> Double.NaN;
    }

    /**
     * Checks, before anything runs, that a model file opens and that each of its inputs is a column
     * of the feature set or a label of every sample.
     *
     * @throws org.quarryhep.config.ConfigException at the file's field otherwise
     */
    static void checkInputs(
            org.quarryhep.config.ConfigNode field,
            Path file,
            org.quarryhep.analysis.FeatureSetDefinition set,
            List<SampleDefinition> samples) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw field.error("no such model file: " + file);
        }
        List<String> inputs;
        try (Model model = ModelFiles.load(file)) {
            inputs = model.info().features();
        } catch (IOException | QuarryException e) {
            throw field.error("cannot open the model: " + e.getMessage());
        }
        for (String in : inputs) {
            if (set.columns().contains(in)) {
                continue;
            }
            for (SampleDefinition s : samples) {
                if (!s.labels().containsKey(in)) {
                    throw field.error(
                            "the model reads '"
                                    + in
                                    + "', which is neither a column of feature set "
                                    + set.name()
                                    + " "
                                    + set.columns()
                                    + " nor a label of sample "
                                    + s.name());
                }
            }
        }
    }

    @Override
    public synchronized ScoreFunction scorer(String modelName, List<String> featureNames) {
        Path file = files.get(modelName);
        if (file == null) {
            throw new QuarryException("no trained model '" + modelName + "' in this run");
        }
        Model model;
        try {
            model = ModelFiles.load(file);
        } catch (IOException e) {
            throw new QuarryException("cannot load model " + modelName + ": " + e.getMessage(), e);
        }
        open.add(model);
        List<String> inputs = model.info().features();
        int[] fromRow = new int[inputs.size()];
        float[] fixed = new float[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            fromRow[i] = featureNames.indexOf(inputs.get(i));
            if (fromRow[i] < 0) {
                Double v = labels.get(inputs.get(i));
                if (v == null) {
                    throw new QuarryException(
                            "model "
                                    + modelName
                                    + " reads '"
                                    + inputs.get(i)
                                    + "', which is neither a column of its feature set "
                                    + featureNames
                                    + " nor a label of the sample "
                                    + labels.keySet());
                }
                fixed[i] = v.floatValue();
            }
        }
        return row -> {
            float[][] columns = new float[inputs.size()][1];
            for (int i = 0; i < columns.length; i++) {
                columns[i][0] = fromRow[i] >= 0 ? (float) row[fromRow[i]] : fixed[i];
            }
            FeatureTable t = FeatureTable.of(inputs, columns, null, null, Map.of());
            return model.predict(t)[0];
        };
    }

    @Override
    public synchronized void close() {
        for (Model m : open) {
            m.close();
        }
        open.clear();
    }
}
