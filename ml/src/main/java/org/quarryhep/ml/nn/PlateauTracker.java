package org.quarryhep.ml.nn;

import ai.djl.training.tracker.Tracker;

/**
 * A learning rate the training loop lowers on a plateau of the monitored metric (reduce-on-plateau,
 * as in Keras' {@code ReduceLROnPlateau}).
 */
final class PlateauTracker implements Tracker {
    private float rate;

    PlateauTracker(double initial) {
        rate = (float) initial;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return rate;
    }

    double rate() {
        return rate;
    }

    /** Multiplies the rate by {@code factor}, not going below {@code floor}. */
    void reduce(double factor, double floor) {
        rate = (float) Math.max(floor, rate * factor);
    }
}
