package org.quarryhep.ml.regression;

/**
 * How a mass estimate performs at one true mass: the weighted mean μ and standard deviation σ_SD
 * (population, i.e. divided by the total weight) of the estimates, the prediction error |μ − m| and
 * the pull (μ − m)/σ_SD.
 *
 * @param mass the true mass m
 * @param rows the number of rows at this mass
 * @param mean μ
 * @param sd σ_SD
 * @param error |μ − m|
 * @param pull (μ − m)/σ_SD, signed (NaN when σ_SD = 0)
 */
public record MassPoint(double mass, int rows, double mean, double sd, double error, double pull) {}
