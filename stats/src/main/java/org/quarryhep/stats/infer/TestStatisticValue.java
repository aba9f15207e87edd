package org.quarryhep.stats.infer;

import org.quarryhep.stats.fit.FitResult;

/**
 * A test statistic evaluated on data, with the two fits behind it.
 *
 * @param value the statistic (≥ 0)
 * @param muHat the unconditional best-fit POI
 * @param free the unconditional fit
 * @param conditional the fit with the POI at the tested value
 */
public record TestStatisticValue(
        double value, double muHat, FitResult free, FitResult conditional) {}
