package org.quarryhep.ml.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.nn.NetworkTrainer;
import org.quarryhep.ml.nn.TrainingResult;
import org.quarryhep.ml.table.FeatureTable;

/**
 * A mass regression with restarts (LFV analysis §1.10, Tables IV/V): the network regresses R = m /
 * M_col from the features, so that R̂ · M_col estimates the mass; it is trained {@code restarts}
 * times from different seeds, each restart is scored by {@code criterion} on the per-mass
 * performance of R̂ · M_col on a selection table, and the lowest score wins. The network config
 * (typically a {@link org.quarryhep.ml.nn.Architecture#RESNET} with a Huber loss) is used as given
 * except its seed: restart k trains with {@code RandomStreams(network.seed()).child("restart")
 * .stream(k).nextLong()}.
 *
 * @param features the input columns
 * @param massColumn the column with the true mass m (a group or a feature column)
 * @param mcolColumn the column with the reconstructed mass M_col (a feature or group column)
 * @param network the network and its training (a regression loss: Huber or MSE)
 * @param restarts the number of trainings, ≥ 1
 * @param criterion ranks the restarts, lower is better
 */
public record MassRegression(
        List<String> features,
        String massColumn,
        String mcolColumn,
        NetworkConfig network,
        int restarts,
        SelectionCriterion criterion) {

    /**
     * Validates the definition.
     *
     * @throws IllegalArgumentException for no features, fewer than one restart, a classifier config
     *     or no criterion
     */
    public MassRegression {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("features: at least one input column is required");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be >= 1, got " + restarts);
        }
        if (network.sigmoidOutput()) {
            throw new IllegalArgumentException(
                    "network: a mass regression needs a regression loss (huber or mse), not "
                            + network.loss());
        }
        if (features.contains(massColumn)) {
            throw new IllegalArgumentException(
                    "features: the true mass '" + massColumn + "' cannot be an input");
        }
        if (criterion == null || massColumn == null || mcolColumn == null) {
            throw new IllegalArgumentException("massColumn, mcolColumn and criterion are required");
        }
    }

    /**
     * One training.
     *
     * @param index 0-based restart number
     * @param seed the network seed it trained with
     * @param bestEpoch the epoch whose weights it kept
     * @param score the criterion's score
     * @param points its per-mass performance on the selection table
     */
    public record Restart(
            int index, long seed, int bestEpoch, double score, List<MassPoint> points) {
        /** Copies the points. */
        public Restart {
            points = List.copyOf(points);
        }
    }

    /**
     * The outcome.
     *
     * @param model the chosen network (predicts R̂; close it)
     * @param chosen the index of the chosen restart
     * @param restarts every restart, in training order
     */
    public record Result(NetworkModel model, int chosen, List<Restart> restarts) {
        /** Copies the list. */
        public Result {
            restarts = List.copyOf(restarts);
        }
    }

    /**
     * Trains the restarts and keeps the best.
     *
     * @param train the training table (the dense signal pool), with the mass and M_col columns
     * @param validation the validation table for early stopping, or {@code null}
     * @param selection the table the restarts are scored on, with a few discrete true masses
     * @param progress called after every epoch of every restart
     * @return the chosen model and every restart's score
     * @throws IllegalArgumentException when a column is missing, an M_col is not positive, or no
     *     restart gets a finite score
     */
    public Result train(
            FeatureTable train,
            FeatureTable validation,
            FeatureTable selection,
            Consumer<EpochRecord> progress) {
        FeatureTable tr = withRatioTarget(train);
        FeatureTable val = validation == null ? null : withRatioTarget(validation);
        RandomStreams seeds = new RandomStreams(network.seed()).child("restart");
        List<Restart> done = new ArrayList<>();
        NetworkModel best = null;
        int chosen = -1;
        try {
            for (int k = 0; k < restarts; k++) {
                long seed = seeds.stream(k).nextLong();
                NetworkConfig c = network.toBuilder().optSeed(seed).build();
                TrainingResult r = NetworkTrainer.train(tr, val, features, c, Double.NaN, progress);
                List<MassPoint> points;
                try {
                    points = evaluate(r.model(), selection);
                } catch (RuntimeException e) {
                    r.model().close();
                    throw e;
                }
                double score = criterion.score(points);
                done.add(new Restart(k, seed, r.bestEpoch(), score, points));
                if (!Double.isNaN(score) && (chosen < 0 || score < done.get(chosen).score())) {
                    if (best != null) {
                        best.close();
                    }
                    best = r.model();
                    chosen = k;
                } else {
                    r.model().close();
                }
            }
        } catch (RuntimeException e) {
            if (best != null) {
                best.close();
            }
            throw e;
        }
        if (best == null) {
            throw new IllegalArgumentException(
                    "no restart of the mass regression got a finite score: " + done);
        }
        return new Result(best, chosen, done);
    }

    /**
     * The per-mass performance of a regressor's estimate R̂ · M_col on a table.
     *
     * @param model a network trained by {@link #train}
     * @param table rows with the features, the mass and the M_col columns
     * @return one point per distinct true mass, ascending
     */
    public List<MassPoint> evaluate(Model model, FeatureTable table) {
        return MassResolution.perMass(
                estimate(model, table, mcolColumn),
                table.groupOrFeature(massColumn, "mass regression"),
                table.weights());
    }

    /**
     * The mass estimate R̂ · M_col of each row.
     *
     * @param model a regressor of R = m / M_col
     * @param table rows with the model's features and the M_col column
     * @param mcolColumn the M_col column
     * @return one estimate per row
     */
    public static float[] estimate(Model model, FeatureTable table, String mcolColumn) {
        float[] r = model.predict(table);
        float[] mcol = table.groupOrFeature(mcolColumn, "mass regression");
        float[] out = new float[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i] * mcol[i];
        }
        return out;
    }

    /** The table with label R = m / M_col. */
    FeatureTable withRatioTarget(FeatureTable t) {
        float[] m = t.groupOrFeature(massColumn, "mass regression");
        float[] mcol = t.groupOrFeature(mcolColumn, "mass regression");
        float[] ratio = new float[t.rows()];
        for (int i = 0; i < ratio.length; i++) {
            if (!(mcol[i] > 0) || !Float.isFinite(mcol[i]) || !Float.isFinite(m[i])) {
                throw new IllegalArgumentException(
                        "mass regression: row "
                                + i
                                + " has "
                                + mcolColumn
                                + " = "
                                + mcol[i]
                                + " and "
                                + massColumn
                                + " = "
                                + m[i]
                                + "; the target m / M_col needs a finite mass and M_col > 0");
            }
            ratio[i] = m[i] / mcol[i];
        }
        return t.withLabels(ratio);
    }
}
