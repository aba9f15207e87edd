package org.quarryhep.analysis.internal;

import org.quarryhep.analysis.score.ScoreFunction;

/**
 * The state of one event while it is selected: the object collections, the missing momentum and the
 * variables computed so far (each at most once per event, on first use). One per thread.
 */
public final class EventContext {
    final ObjectArrays[] collections;
    double metX;
    double metY;
    private final Value[] variables;
    private final double[] cache;
    private final long[] stamp;
    private long epoch = 1;
    final double[] parameters;
    final ScoreFunction[] scorers;
    final double[][] scoreInputs;

    EventContext(
            int collectionCount,
            Value[] variables,
            double[] parameters,
            ScoreFunction[] scorers,
            double[][] scoreInputs) {
        this.collections = new ObjectArrays[collectionCount];
        for (int i = 0; i < collectionCount; i++) {
            collections[i] = new ObjectArrays();
        }
        this.variables = variables;
        this.cache = new double[variables.length];
        this.stamp = new long[variables.length];
        this.parameters = parameters;
        this.scorers = scorers;
        this.scoreInputs = scoreInputs;
    }

    /** Forgets the previous event's variable values. */
    void nextEvent() {
        epoch++;
    }

    /**
     * The value of variable {@code i} for the current event, computed on first use.
     *
     * @param i the variable index
     * @return its value (NaN when an object it needs is absent)
     */
    public double variable(int i) {
        if (stamp[i] != epoch) {
            cache[i] = variables[i].eval(this);
            stamp[i] = epoch;
        }
        return cache[i];
    }
}
