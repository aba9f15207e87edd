package org.quarryhep.ml.nn;

import java.util.function.Supplier;
import org.quarryhep.ml.metrics.EpochRecord;

/**
 * Early stopping and reduce-on-plateau, each on its monitored quantity, with the rules of Keras'
 * {@code EarlyStopping(patience, restore_best_weights=True)} and {@code ReduceLROnPlateau(patience,
 * factor, min_lr)} with {@code min_delta = 0}: an epoch improves only when its value is strictly
 * better than the best so far (an equal accuracy is no improvement); training ends after the epoch
 * that lies {@code patience} epochs past the best one; the rate drops after {@code plateauPatience}
 * epochs without a new best and the count restarts. The weights of the best epoch are kept as bytes
 * so that they can be restored at the end.
 */
final class EarlyStopping {
    private final Monitor monitor;
    private final Monitor plateauMonitor;
    private final int patience;
    private final int plateauPatience;
    private double best = Double.NaN;
    private int bestEpoch;
    private byte[] bestWeights;
    private double plateauBest = Double.NaN;
    private int sincePlateau;

    /**
     * @param monitor the quantity early stopping watches
     * @param patience epochs without improvement before stopping (0: never stop early)
     * @param plateauMonitor the quantity reduce-on-plateau watches
     * @param plateauPatience epochs without improvement before the rate drops (0: never)
     */
    EarlyStopping(Monitor monitor, int patience, Monitor plateauMonitor, int plateauPatience) {
        this.monitor = monitor;
        this.plateauMonitor = plateauMonitor;
        this.patience = patience;
        this.plateauPatience = plateauPatience;
    }

    /** What the loop does after an epoch. */
    record Decision(boolean reduceRate, boolean stop) {}

    /**
     * Records an epoch.
     *
     * @param r the epoch's record
     * @param weights the current weights, asked for only when the epoch is a new best
     * @return whether to lower the learning rate and whether to stop
     */
    Decision update(EpochRecord r, Supplier<byte[]> weights) {
        double v = monitor.lowerIsBetter(r);
        double pv = plateauMonitor.lowerIsBetter(r);
        boolean reduce = false;
        if (Double.isNaN(plateauBest) || pv < plateauBest) {
            plateauBest = pv;
            sincePlateau = 0;
        } else if (plateauPatience > 0 && ++sincePlateau >= plateauPatience) {
            reduce = true;
            sincePlateau = 0;
        }
        if (patience == 0) {
            bestEpoch = r.epoch();
            return new Decision(reduce, false);
        }
        if (Double.isNaN(best) || v < best) {
            best = v;
            bestEpoch = r.epoch();
            bestWeights = weights.get();
            return new Decision(reduce, false);
        }
        return new Decision(reduce, r.epoch() - bestEpoch >= patience);
    }

    /** The epoch whose weights the model should end with (the last one without early stopping). */
    int bestEpoch() {
        return bestEpoch;
    }

    /** The best epoch's weights, or null without early stopping. */
    byte[] bestWeights() {
        return bestWeights;
    }
}
