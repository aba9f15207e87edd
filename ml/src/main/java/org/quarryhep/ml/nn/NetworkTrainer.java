package org.quarryhep.ml.nn;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.quarryhep.core.Provenance;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.Standardizer;

/**
 * Trains a {@link NetworkConfig} on a feature table with DJL's PyTorch engine.
 *
 * <p>The standardisation is fitted on the training table (the count column of a Deep Sets network
 * is left raw). Each epoch shuffles the rows with {@link SplittableRandom}(seed + epoch); PyTorch's
 * generator is seeded once for initialisation and dropout. With one intra-op thread ({@code
 * -Dai.djl.pytorch.num_threads=1}) two trainings with the same seed give identical weights. The
 * model keeps the weights of the best epoch of the monitored metric when early stopping is on, and
 * of the last epoch otherwise. Regression targets are standardised for the training and the scale
 * is folded back into the output layer, so the saved network predicts in the target's own units
 * (see {@link TargetScale}).
 */
public final class NetworkTrainer {
    private NetworkTrainer() {}

    /**
     * Trains a network.
     *
     * @param train the training table (labels are the targets)
     * @param validation the validation table, or {@code null}
     * @param features the input columns, in order (group columns allowed: parametric networks)
     * @param config the network and training configuration
     * @param missingValue the missing-value marker of the standardisation (NaN for none)
     * @param progress called after every epoch
     * @return the model and its learning curve
     * @throws IllegalArgumentException when a feature is missing or the labels do not fit the loss
     */
    public static TrainingResult train(
            FeatureTable train,
            FeatureTable validation,
            List<String> features,
            NetworkConfig config,
            double missingValue,
            Consumer<EpochRecord> progress) {
        FeatureTable tr = train.withFeatures(features);
        Standardizer std = standardizer(tr, config, missingValue);
        Task task = task(config.loss());
        double prior = task == Task.REGRESSION ? 1 : priorOfBinaryLabels(tr, config.loss());
        TargetScale scale =
                task == Task.REGRESSION
                        ? TargetScale.fit(tr.labels(), tr.weights())
                        : TargetScale.IDENTITY;
        TrainingRows rows =
                new TrainingRows(
                        std.transformRowMajor(tr),
                        scale.standardize(tr.labels()),
                        toFloat(tr.weights()),
                        features.size());
        ValidationRows val =
                validation == null
                        ? null
                        : new ValidationRows(
                                std.transformRowMajor(validation.withFeatures(features)),
                                validation);
        Engine engine = Engine.getEngine(NetworkModel.ENGINE);
        engine.setRandomSeed((int) config.seed());
        NetworkModel model = newModel(config, features, std, task, prior);
        try {
            return fit(model, config, rows, val, scale, progress);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The training rows, standardised and row-major, with targets in training units. */
    private record TrainingRows(float[] x, float[] y, float[] w, int width) {
        int rows() {
            return y.length;
        }
    }

    /** The validation table and its standardised row-major inputs. */
    private record ValidationRows(float[] x, FeatureTable table) {}

    private static Task task(LossKind loss) {
        return switch (loss) {
            case BCE -> Task.CLASSIFICATION;
            case LIKELIHOOD_RATIO -> Task.LIKELIHOOD_RATIO;
            case MSE, HUBER -> Task.REGRESSION;
        };
    }

    /** The ratio of signal to background weight, after checking that every label is 0 or 1. */
    private static double priorOfBinaryLabels(FeatureTable tr, LossKind loss) {
        for (float y : tr.labels()) {
            if (y != 0f && y != 1f) {
                throw new IllegalArgumentException(
                        "loss " + loss + " needs labels 0 or 1, found " + y);
            }
        }
        double[] sums = tr.classWeightSums();
        return sums[1] / sums[0];
    }

    /** An untrained network (DJL block and model description) for the config. */
    private static NetworkModel newModel(
            NetworkConfig config,
            List<String> features,
            Standardizer std,
            Task task,
            double prior) {
        ai.djl.Model djl = ai.djl.Model.newInstance("quarry-" + kind(config), NetworkModel.ENGINE);
        djl.setBlock(NetworkBlocks.build(config));
        ModelInfo info =
                new ModelInfo(
                        kind(config),
                        task,
                        features,
                        std,
                        configMap(config),
                        config.seed(),
                        Provenance.of(
                                NetworkTrainer.class.getName(),
                                provenanceConfig(config),
                                config.seed(),
                                List.of()),
                        prior);
        return new NetworkModel(info, config, djl);
    }

    private static Optimizer optimizer(NetworkConfig config, PlateauTracker lr) {
        return config.optimizer() == OptimizerKind.ADAM
                ? Optimizer.adam().optLearningRateTracker(lr).build()
                : Optimizer.sgd()
                        .setLearningRateTracker(lr)
                        .optMomentum((float) config.momentum())
                        .build();
    }

    /**
     * The epoch loop: train an epoch, score the validation table, let early stopping and
     * reduce-on-plateau decide; then restore the best epoch's weights and fold the target scale
     * into the output layer.
     */
    private static TrainingResult fit(
            NetworkModel model,
            NetworkConfig config,
            TrainingRows rows,
            ValidationRows val,
            TargetScale scale,
            Consumer<EpochRecord> progress) {
        Block block = model.block();
        WeightedLoss loss = new WeightedLoss(config.loss(), config.huberDelta() / scale.sd());
        PlateauTracker lr = new PlateauTracker(config.learningRate());
        List<EpochRecord> history = new ArrayList<>();
        EarlyStopping stopping =
                new EarlyStopping(
                        config.monitor(),
                        config.earlyStoppingPatience(),
                        config.plateauMonitor(),
                        config.plateauPatience());
        DefaultTrainingConfig tc =
                new DefaultTrainingConfig(loss).optOptimizer(optimizer(config, lr));
        try (Trainer trainer = model.djl().newTrainer(tc)) {
            trainer.initialize(new Shape(config.batchSize(), rows.width()));
            initialiseLikePyTorch(block, config.seed());
            int[] order = new int[rows.rows()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                shuffle(order, new SplittableRandom(config.seed() * 1_000_003L + epoch));
                double trainLoss = scale.physicalLoss(runEpoch(trainer, loss, rows, order, config));
                EpochRecord rec = score(model, config, val, scale, epoch, trainLoss, lr.rate());
                history.add(rec);
                progress.accept(rec);
                EarlyStopping.Decision d = stopping.update(rec, model::weightBytes);
                if (d.reduceRate()) {
                    lr.reduce(config.plateauFactor(), config.minLearningRate());
                }
                if (d.stop()) {
                    break;
                }
            }
            if (stopping.bestWeights() != null && stopping.bestEpoch() != history.size()) {
                restore(model.djl(), stopping.bestWeights());
            }
            scale.foldIntoOutputLayer(block);
        }
        return new TrainingResult(model, history, stopping.bestEpoch());
    }

    /** One pass over the shuffled rows; returns the mean batch loss in training units. */
    private static double runEpoch(
            Trainer trainer,
            WeightedLoss loss,
            TrainingRows rows,
            int[] order,
            NetworkConfig config) {
        int n = rows.rows();
        int d = rows.width();
        double lossSum = 0;
        int batches = 0;
        for (int start = 0; start < n; start += config.batchSize()) {
            int b = Math.min(config.batchSize(), n - start);
            if (b < 2 && n > 1 && hasBatchNorm(config)) {
                continue; // batch norm cannot normalise a batch of one row
            }
            float[] bx = new float[b * d];
            float[] by = new float[b];
            float[] bw = new float[b];
            for (int k = 0; k < b; k++) {
                int i = order[start + k];
                System.arraycopy(rows.x(), i * d, bx, k * d, d);
                by[k] = rows.y()[i];
                bw[k] = rows.w()[i];
            }
            try (NDManager m = trainer.getManager().newSubManager()) {
                NDList in = new NDList(m.create(bx, new Shape(b, d)));
                NDList labels =
                        new NDList(m.create(by, new Shape(b, 1)), m.create(bw, new Shape(b, 1)));
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDArray l = loss.evaluate(labels, trainer.forward(in));
                    lossSum += l.getFloat();
                    gc.backward(l);
                }
                trainer.step();
            }
            batches++;
        }
        return lossSum / Math.max(1, batches);
    }

    /**
     * The epoch's record: the validation loss in the target's units, and for classifiers the
     * weighted AUC (when both classes have weight) and the weighted accuracy of the probability at
     * 0.5.
     */
    private static EpochRecord score(
            NetworkModel model,
            NetworkConfig config,
            ValidationRows val,
            TargetScale scale,
            int epoch,
            double trainLoss,
            double rate) {
        double vLoss = Double.NaN;
        double vAuc = Double.NaN;
        double vAccuracy = Double.NaN;
        if (val != null && val.table().rows() > 0) {
            FeatureTable t = val.table();
            float[] out = scale.physical(model.outputs(val.x(), t.rows()));
            vLoss = javaLoss(config, out, t.labels(), t.weights());
            if (model.info().task() != Task.REGRESSION) {
                double[] sums = t.classWeightSums();
                if (sums[0] != 0 && sums[1] != 0) {
                    vAuc = Metrics.auc(out, t.labels(), t.weights());
                }
                vAccuracy = Metrics.accuracy(probabilities(out), t.labels(), t.weights());
            }
        }
        return new EpochRecord(epoch, trainLoss, vLoss, vAuc, vAccuracy, rate);
    }

    /**
     * σ(z) of logits in single precision, as {@link NetworkModel#predict} gives a classifier's
     * probability (also for a likelihood-ratio network, whose logit is a classifier's).
     */
    private static float[] probabilities(float[] logits) {
        float[] p = new float[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (1 / (1 + Math.exp(-logits[i])));
        }
        return p;
    }

    /**
     * Sets every dense layer's weights and bias to U(−1/√fan_in, 1/√fan_in), PyTorch's default for
     * {@code nn.Linear} (Kaiming uniform with a = √5), drawn from a Java stream seeded by the
     * config so that the initial network does not depend on the engine's generator.
     */
    private static void initialiseLikePyTorch(Block block, long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<String, Long> fanIn = new LinkedHashMap<>();
        for (var p : block.getParameters()) {
            if (p.getKey().endsWith("_weight")
                    && p.getValue().getArray().getShape().dimension() == 2) {
                fanIn.put(
                        p.getKey().substring(0, p.getKey().length() - "_weight".length()),
                        p.getValue().getArray().getShape().get(1));
            }
        }
        for (var p : block.getParameters()) {
            String key = p.getKey();
            String layer = key.substring(0, Math.max(0, key.lastIndexOf('_')));
            boolean dense =
                    (key.endsWith("_weight") || key.endsWith("_bias")) && fanIn.containsKey(layer);
            if (!dense) {
                continue;
            }
            NDArray a = p.getValue().getArray();
            double bound = 1 / Math.sqrt(fanIn.get(layer));
            float[] v = new float[(int) a.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) ((2 * r.nextDouble() - 1) * bound);
            }
            a.set(v);
        }
    }

    private static boolean hasBatchNorm(NetworkConfig c) {
        return c.layers().stream().anyMatch(LayerSpec::batchNorm)
                || c.phiLayers().stream().anyMatch(LayerSpec::batchNorm);
    }

    private static void restore(ai.djl.Model djl, byte[] weights) {
        try {
            djl.getBlock()
                    .loadParameters(
                            djl.getNDManager(),
                            new DataInputStream(new ByteArrayInputStream(weights)));
        } catch (IOException | MalformedModelException e) {
            throw new IllegalStateException("cannot restore the best weights", e);
        }
    }

    /** The loss of {@link WeightedLoss} in double precision, for validation tables. */
    static double javaLoss(NetworkConfig c, float[] out, float[] y, double[] w) {
        double s = 0;
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            double z = out[i];
            double l =
                    switch (c.loss()) {
                        case BCE, LIKELIHOOD_RATIO ->
                                Math.max(z, 0) - z * y[i] + Math.log1p(Math.exp(-Math.abs(z)));
                        case MSE -> (z - y[i]) * (z - y[i]);
                        case HUBER -> {
                            double a = Math.abs(z - y[i]);
                            double q = Math.min(a, c.huberDelta());
                            yield 0.5 * q * q + c.huberDelta() * (a - q);
                        }
                    };
            s += w[i] * l;
            norm += c.loss() == LossKind.LIKELIHOOD_RATIO ? Math.abs(w[i]) : w[i];
        }
        return s / norm;
    }

    /**
     * The standardisation of a network's inputs. For Deep Sets every slot of a per-particle feature
     * shares one mean and spread, taken over the real particles only, so that the network stays
     * invariant under permutations of the particles; the count column stays raw.
     */
    private static Standardizer standardizer(FeatureTable tr, NetworkConfig c, double missing) {
        Standardizer s = Standardizer.fit(tr, missing);
        if (c.architecture() != Architecture.DEEP_SETS) {
            return s;
        }
        int j = tr.indexOf(c.countFeature());
        if (j != tr.width() - 1) {
            throw new IllegalArgumentException(
                    "Deep Sets: the count column '"
                            + c.countFeature()
                            + "' must be the last feature");
        }
        double[] mean = s.mean();
        double[] sd = s.std();
        mean[j] = 0;
        sd[j] = 1;
        float[] count = tr.column(j);
        for (String p : c.particleFeatures()) {
            double sum = 0;
            double sum2 = 0;
            long n = 0;
            for (int k = 0; k < c.maxParticles(); k++) {
                float[] v = tr.column(p + "_" + k);
                for (int i = 0; i < v.length; i++) {
                    if (k < count[i] && v[i] != missing) {
                        sum += v[i];
                        sum2 += (double) v[i] * v[i];
                        n++;
                    }
                }
            }
            double mu = n > 0 ? sum / n : 0;
            double var = n > 0 ? sum2 / n - mu * mu : 0;
            for (int k = 0; k < c.maxParticles(); k++) {
                int col = tr.indexOf(p + "_" + k);
                mean[col] = mu;
                sd[col] = var > 0 ? Math.sqrt(var) : 1;
            }
        }
        return new Standardizer(s.names(), mean, sd, missing);
    }

    /**
     * The input columns of a Deep Sets network: the high-level features, then {@code name_k} for
     * each slot k and per-particle feature, then the count column.
     */
    public static List<String> deepSetsFeatures(List<String> highLevel, NetworkConfig c) {
        List<String> f = new ArrayList<>(highLevel);
        for (int k = 0; k < c.maxParticles(); k++) {
            for (String p : c.particleFeatures()) {
                f.add(p + "_" + k);
            }
        }
        f.add(c.countFeature());
        return f;
    }

    static String kind(NetworkConfig c) {
        return switch (c.architecture()) {
            case MLP -> "mlp";
            case RESNET -> "resnet";
            case DEEP_SETS -> "deepsets";
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> configMap(NetworkConfig c) {
        return ModelFiles.MAPPER.convertValue(c, LinkedHashMap.class);
    }

    private static Map<String, String> provenanceConfig(NetworkConfig c) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : configMap(c).entrySet()) {
            m.put(e.getKey(), String.valueOf(e.getValue()));
        }
        m.put("djl", Engine.getDjlVersion());
        m.put("pytorch", Engine.getEngine(NetworkModel.ENGINE).getVersion());
        return m;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    private static void shuffle(int[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
