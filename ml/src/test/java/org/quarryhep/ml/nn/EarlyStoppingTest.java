package org.quarryhep.ml.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.ml.metrics.EpochRecord;

/**
 * The stopping and plateau rules on hand-made learning curves. The expected epochs are worked out
 * by hand from Keras' documented callbacks (keras.io/api/callbacks: {@code EarlyStopping(monitor,
 * patience, restore_best_weights=True)}, {@code ReduceLROnPlateau(patience)}, both with {@code
 * min_delta = 0}, so an equal value is not an improvement, and {@code mode} max for accuracy).
 */
class EarlyStoppingTest {
    /** Validation accuracies of epochs 1–9; epoch 9 must never be reached. */
    private static final double[] ACCURACY = {0.60, 0.70, 0.70, 0.68, 0.72, 0.71, 0.72, 0.70, 0.90};

    /** Validation losses falling every epoch: the loss monitor never stops early. */
    private static final double[] LOSS = {0.69, 0.60, 0.55, 0.52, 0.50, 0.49, 0.48, 0.47, 0.46};

    private record Run(int stoppedAfter, int bestEpoch, List<Integer> reductions, byte[] weights) {}

    private static Run run(Monitor monitor, int patience, int plateauPatience) {
        return run(monitor, patience, monitor, plateauPatience);
    }

    private static Run run(
            Monitor monitor, int patience, Monitor plateauMonitor, int plateauPatience) {
        EarlyStopping s = new EarlyStopping(monitor, patience, plateauMonitor, plateauPatience);
        List<Integer> reductions = new ArrayList<>();
        int last = 0;
        for (int e = 1; e <= ACCURACY.length; e++) {
            last = e;
            byte[] w = {(byte) e};
            EarlyStopping.Decision d =
                    s.update(
                            new EpochRecord(e, 1.0, LOSS[e - 1], Double.NaN, ACCURACY[e - 1], 1e-3),
                            () -> w);
            if (d.reduceRate()) {
                reductions.add(e);
            }
            if (d.stop()) {
                break;
            }
        }
        return new Run(last, s.bestEpoch(), reductions, s.bestWeights());
    }

    @Test
    void accuracyMonitorStopsOnTheHandComputedEpochAndKeepsTheFirstBest() {
        // Keras, patience 3: best 0.60 (1), 0.70 (2); 0.70 at 3 ties (wait 1), 0.68 (wait 2);
        // 0.72 at 5 is the best; 0.71 (wait 1), 0.72 ties (wait 2), 0.70 (wait 3 = patience):
        // stop after epoch 8, restore epoch 5. ReduceLROnPlateau, patience 2: waits 1, 2 at
        // epochs 3, 4 -> reduce after 4 (count restarts); new best at 5; waits 1, 2 at 6, 7 ->
        // reduce after 7.
        Run r = run(Monitor.VAL_ACCURACY, 3, 2);
        assertEquals(8, r.stoppedAfter());
        assertEquals(5, r.bestEpoch());
        assertEquals(List.of(4, 7), r.reductions());
        assertArrayEquals(new byte[] {5}, r.weights(), "the weights saved at epoch 5");
    }

    @Test
    void thePlateauRuleCanWatchTheLossWhileStoppingWatchesAccuracy() {
        // Keras' pairing EarlyStopping(monitor='val_accuracy') + ReduceLROnPlateau() (default
        // monitor val_loss): the loss falls every epoch, so the rate never drops, while the
        // accuracy still ends the run after epoch 8 with epoch 5 restored.
        Run r = run(Monitor.VAL_ACCURACY, 3, Monitor.VAL_LOSS, 2);
        assertEquals(8, r.stoppedAfter());
        assertEquals(5, r.bestEpoch());
        assertEquals(List.of(), r.reductions());
    }

    @Test
    void theSameCurveUnderTheLossMonitorRunsToTheEnd() {
        // The loss falls every epoch: never a wait, no reduction, best = last = 9.
        Run r = run(Monitor.VAL_LOSS, 3, 2);
        assertEquals(9, r.stoppedAfter());
        assertEquals(9, r.bestEpoch());
        assertEquals(List.of(), r.reductions());
    }

    @Test
    void withoutPatienceTheLastEpochIsKeptAndNoWeightsAreCopied() {
        Run r = run(Monitor.VAL_ACCURACY, 0, 0);
        assertEquals(9, r.stoppedAfter());
        assertEquals(9, r.bestEpoch());
        assertEquals(null, r.weights());
    }

    @Test
    void anUndefinedAccuracyFallsBackToTheValidationLoss() {
        // A regression has no accuracy (NaN): the monitor watches the validation loss instead,
        // which here rises after epoch 2, so patience 2 stops after epoch 4 with best epoch 2.
        EarlyStopping s = new EarlyStopping(Monitor.VAL_ACCURACY, 2, Monitor.VAL_ACCURACY, 0);
        double[] loss = {0.5, 0.4, 0.45, 0.41, 0.3};
        int last = 0;
        for (int e = 1; e <= loss.length; e++) {
            last = e;
            EpochRecord r = new EpochRecord(e, 9, loss[e - 1], Double.NaN, Double.NaN, 1e-3);
            if (s.update(r, () -> new byte[0]).stop()) {
                break;
            }
        }
        assertEquals(4, last);
        assertEquals(2, s.bestEpoch());
    }
}
