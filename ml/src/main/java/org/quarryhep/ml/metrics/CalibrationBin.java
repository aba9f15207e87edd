package org.quarryhep.ml.metrics;

/**
 * One bin of a calibration (reliability) curve.
 *
 * @param low lower edge of the score bin
 * @param high upper edge
 * @param meanScore weighted mean predicted score in the bin
 * @param signalFraction weighted fraction of signal in the bin (NaN when the bin is empty)
 * @param weight total weight in the bin
 */
public record CalibrationBin(
        double low, double high, double meanScore, double signalFraction, double weight) {}
