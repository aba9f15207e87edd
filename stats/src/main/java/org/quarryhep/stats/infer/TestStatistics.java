package org.quarryhep.stats.infer;

import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.fit.FitResult;
import org.quarryhep.stats.fit.Fitter;

/** Evaluates {@link TestStatistic}s with a {@link Fitter}. */
public final class TestStatistics {
    private TestStatistics() {}

    /**
     * Evaluates a test statistic at a tested POI value.
     *
     * @param stat the statistic
     * @param mu the tested POI value (0 for q_0)
     * @param data the data
     * @param fitter the fitter of the model
     * @return the value with its fits
     * @throws org.quarryhep.stats.fit.FitFailedException when a fit fails
     */
    public static TestStatisticValue evaluate(
            TestStatistic stat, double mu, ObservedData data, Fitter fitter) {
        return evaluate(stat, mu, data, fitter, fitter.fit(data), null);
    }

    /**
     * Evaluates a test statistic reusing an unconditional fit of the same data (it does not depend
     * on the tested value) and starting the conditional fit from a given point.
     *
     * @param stat the statistic
     * @param mu the tested POI value
     * @param data the data
     * @param fitter the fitter of the model
     * @param free the unconditional fit of {@code data}
     * @param start the start of the conditional fit, or {@code null} for the model's inits
     * @return the value with its fits
     * @throws org.quarryhep.stats.fit.FitFailedException when a fit fails
     */
    public static TestStatisticValue evaluate(
            TestStatistic stat,
            double mu,
            ObservedData data,
            Fitter fitter,
            FitResult free,
            double[] start) {
        FitResult cond =
                start == null ? fitter.fixedPoiFit(mu, data) : fitter.fixedPoiFit(mu, data, start);
        double muHat = free.bestFit()[fitter.model().poiIndex()];
        double t = Math.max(0, 2 * (cond.nll() - free.nll()));
        double value =
                switch (stat) {
                    case Q, QTILDE -> muHat > mu ? 0 : t;
                    case Q0 -> muHat < mu ? 0 : t;
                    case TMU -> t;
                };
        return new TestStatisticValue(value, muHat, free, cond);
    }
}
