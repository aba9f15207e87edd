package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.nn.LossKind;
import org.quarryhep.ml.nn.Monitor;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.nn.NetworkTrainer;
import org.quarryhep.ml.nn.TrainingResult;
import org.quarryhep.ml.table.FeatureTable;

/**
 * Trains the parametric likelihood-ratio networks on the pool's training events.
 *
 * <p>Every network sees x = (m_tt̄, |cos θ*|, y_tt̄), with {@link FeatureSet#SPIN} also the
 * dilepton spin observables (cos φ, c₁c₂), and θ = (m_S, κ), and at each training θ the
 * Standard-Model events (class 0, the background repeated at every θ as in arXiv:2410.10216)
 * against a θ-dependent class 1, each class normalised to the same total at each θ so that the
 * optimal logit is ln p₁(x|θ)/p₀(x) and the ml engine's prior ratio is 1:
 *
 * <ul>
 *   <li>{@link Kind#DIRECT}: class 1 is the total density at θ, every event carrying the signed sum
 *       of its SM, signal (κ⁴) and interference (κ²) weights, trained with the signed-weight loss
 *       ({@link LossKind#LIKELIHOOD_RATIO}); the network's output is ln r(x | θ) itself.
 *   <li>{@link Kind#POSITIVE} and {@link Kind#NEGATIVE} (the ratio of signed mixtures, PP and PN):
 *       class 1 is the positive part of the BSM density (signal + positive interference) or the
 *       magnitude of its negative part; both classes carry positive weights only. They recombine in
 *       {@link LearnedRatio}.
 * </ul>
 */
final class RatioNetworks {
    /** What class 1 is. */
    enum Kind {
        /** The total density (signed components summed per event). */
        DIRECT,
        /** The positive BSM part: κ⁴ signal + κ² max(interference, 0). */
        POSITIVE,
        /** The negative BSM part's magnitude: κ² max(−interference, 0). */
        NEGATIVE
    }

    /** The fraction of training events kept for the validation loss (early stopping). */
    static final double VALIDATION_FRACTION = 0.2;

    private RatioNetworks() {}

    /**
     * The learned ratio of a full set of trained networks (one of each {@link Kind}).
     *
     * @param trained the networks by kind
     * @param pool the events
     * @param calibration the calibration's binning
     * @return the direct and PP/PN ratio
     */
    static LearnedRatio ratio(
            Map<Kind, TrainingResult> trained, PartonPool pool, DipConfig.Calibration calibration) {
        return new LearnedRatio(
                trained.get(Kind.DIRECT).model(),
                trained.get(Kind.POSITIVE).model(),
                trained.get(Kind.NEGATIVE).model(),
                pool,
                calibration);
    }

    /**
     * Saves a trained network as {@code models/<id>.json} under the extension's output folder and
     * returns its results.json entry (best epoch, epochs run, best validation loss, model file).
     *
     * @param r the trained network
     * @param outputDir the extension's output folder (dip-hunting/)
     * @param id the network's name
     * @return the entry
     * @throws IOException when the model cannot be saved
     */
    static Map<String, Object> save(TrainingResult r, Path outputDir, String id)
            throws IOException {
        Path file = outputDir.resolve("models").resolve(id + ".json");
        Files.createDirectories(file.getParent());
        ModelFiles.save(r.model(), file);
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("best_epoch", r.bestEpoch());
        n.put("epochs", r.history().size());
        n.put("best_validation_loss", r.history().get(r.bestEpoch() - 1).validationLoss());
        n.put("model_file", "dip-hunting/models/" + id + ".json");
        return n;
    }

    /**
     * Trains one (m_S, κ) network.
     *
     * @param pool the events
     * @param inputs the observables the network sees
     * @param kind the class-1 density
     * @param thetas the training points (m_S, κ)
     * @param net the network's shape and training
     * @param streams seeds (validation split, network)
     * @param progress told after every epoch
     * @return the trained network
     */
    static TrainingResult train(
            PartonPool pool,
            FeatureSet inputs,
            Kind kind,
            List<DipConfig.Point> thetas,
            DipConfig.Network net,
            RandomStreams streams,
            Consumer<EpochRecord> progress) {
        return train(pool, inputs, NetworkTheta.COUPLING, kind, thetas, net, streams, progress);
    }

    /**
     * Trains one network on the production observables.
     *
     * @param pool the events
     * @param parameters what θ is
     * @param kind the class-1 density
     * @param thetas the training points
     * @param net the network's shape and training
     * @param streams seeds (validation split, network)
     * @param progress told after every epoch
     * @return the trained network
     */
    static TrainingResult train(
            PartonPool pool,
            NetworkTheta parameters,
            Kind kind,
            List<DipConfig.Point> thetas,
            DipConfig.Network net,
            RandomStreams streams,
            Consumer<EpochRecord> progress) {
        return train(pool, FeatureSet.PRODUCTION, parameters, kind, thetas, net, streams, progress);
    }

    /**
     * Trains one network.
     *
     * @param pool the events
     * @param inputs the observables the network sees
     * @param parameters what θ is
     * @param kind the class-1 density
     * @param thetas the training points
     * @param net the network's shape and training
     * @param streams seeds (validation split, network)
     * @param progress told after every epoch
     * @return the trained network
     */
    static TrainingResult train(
            PartonPool pool,
            FeatureSet inputs,
            NetworkTheta parameters,
            Kind kind,
            List<DipConfig.Point> thetas,
            DipConfig.Network net,
            RandomStreams streams,
            Consumer<EpochRecord> progress) {
        RandomStreams validationSplit = streams.child("validation");
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (!pool.isTest(i)) {
                (validationSplit.stream(i).nextDouble() < VALIDATION_FRACTION ? validation : train)
                        .add(i);
            }
        }
        List<String> features = parameters.features(inputs);
        FeatureTable trainTable = table(pool, parameters, features, kind, thetas, train);
        FeatureTable validationTable = table(pool, parameters, features, kind, thetas, validation);
        NetworkConfig config =
                NetworkConfig.builder()
                        .setWidths(net.layers())
                        .optLoss(LossKind.LIKELIHOOD_RATIO)
                        .optAdam(net.learningRate())
                        .optBatchSize(net.batchSize())
                        .optEpochs(net.epochs())
                        .optEarlyStopping(net.patience(), Monitor.VAL_LOSS)
                        .optSeed(streams.child("network-" + kind.name()).stream(0).nextLong())
                        .build();
        return NetworkTrainer.train(
                trainTable, validationTable, features, config, Double.NaN, progress);
    }

    /** Rows: at every θ, class 0 (SM) and class 1 (by kind), each summing to the event count. */
    private static FeatureTable table(
            PartonPool pool,
            NetworkTheta parameters,
            List<String> features,
            Kind kind,
            List<DipConfig.Point> thetas,
            List<Integer> events) {
        int n = events.size();
        List<float[]> rows = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (DipConfig.Point t : thetas) {
            PartonPool.Bsm bsm = parameters.bsm(pool, t);
            double[] w1 = new double[n];
            double sum0 = 0;
            double sum1 = 0;
            for (int k = 0; k < n; k++) {
                int i = events.get(k);
                double sm = pool.smWeight(i);
                double s = bsm.signal()[i];
                double in = bsm.interference()[i];
                w1[k] =
                        switch (kind) {
                            case DIRECT -> sm + s + in;
                            case POSITIVE -> s + Math.max(in, 0);
                            case NEGATIVE -> Math.max(-in, 0);
                        };
                sum0 += sm;
                sum1 += w1[k];
            }
            if (!(sum1 > 0)) {
                throw new DipHuntingException(
                        "training point m_s="
                                + t.mS()
                                + ", "
                                + parameters.feature()
                                + "="
                                + t.kappa()
                                + ": the "
                                + kind.name().toLowerCase(java.util.Locale.ROOT)
                                + " class has no weight");
            }
            for (int k = 0; k < n; k++) {
                int i = events.get(k);
                float[] x = new float[features.size()];
                for (int j = 0; j < x.length - 2; j++) {
                    x[j] = FeatureSet.value(features.get(j), pool, i);
                }
                x[x.length - 2] = (float) t.mS();
                x[x.length - 1] = (float) t.kappa();
                rows.add(x);
                labels.add(0f);
                weights.add(pool.smWeight(i) * n / sum0);
                if (w1[k] != 0) {
                    rows.add(x);
                    labels.add(1f);
                    weights.add(w1[k] * n / sum1);
                }
            }
        }
        float[][] columns = new float[features.size()][rows.size()];
        float[] y = new float[rows.size()];
        double[] w = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int j = 0; j < features.size(); j++) {
                columns[j][r] = rows.get(r)[j];
            }
            y[r] = labels.get(r);
            w[r] = weights.get(r);
        }
        return FeatureTable.of(features, columns, y, w, Map.of());
    }

    /**
     * The network's ratio p₁/p₀ at θ for some events, with the inputs it was trained on.
     *
     * @param model the network
     * @param pool the events
     * @param events their indices
     * @param mS m_S
     * @param second θ's second coordinate (κ, or Γ_S in GeV)
     * @return the ratio per event
     */
    static double[] ratio(
            NetworkModel model, PartonPool pool, int[] events, double mS, double second) {
        int n = events.length;
        List<String> features = model.info().features();
        int d = features.size();
        float[][] columns = new float[d][n];
        for (int k = 0; k < n; k++) {
            int i = events[k];
            for (int j = 0; j < d - 2; j++) {
                columns[j][k] = FeatureSet.value(features.get(j), pool, i);
            }
            columns[d - 2][k] = (float) mS;
            columns[d - 1][k] = (float) second;
        }
        float[] p = model.predict(FeatureTable.of(features, columns, null, null, Map.of()));
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = p[k];
        }
        return out;
    }
}
