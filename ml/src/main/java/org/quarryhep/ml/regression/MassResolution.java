package org.quarryhep.ml.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per-mass mean, resolution and pull of a mass estimate. */
public final class MassResolution {
    private MassResolution() {}

    /**
     * One {@link MassPoint} per distinct true mass, ascending.
     *
     * @param estimates the estimated masses (R̂ · M_col, or M_col itself for the baseline)
     * @param trueMass the true mass of each row (the test masses: a few distinct values)
     * @param weights row weights, or {@code null} for unit weights
     * @return the points
     * @throws IllegalArgumentException when the lengths differ or a mass's weights sum to ≤ 0
     */
    public static List<MassPoint> perMass(float[] estimates, float[] trueMass, double[] weights) {
        if (trueMass.length != estimates.length
                || (weights != null && weights.length != estimates.length)) {
            throw new IllegalArgumentException("estimates, masses and weights differ in length");
        }
        Map<Float, List<Integer>> byMass = new TreeMap<>();
        for (int i = 0; i < estimates.length; i++) {
            byMass.computeIfAbsent(trueMass[i], m -> new ArrayList<>()).add(i);
        }
        List<MassPoint> out = new ArrayList<>();
        for (var e : byMass.entrySet()) {
            double sw = 0;
            double sum = 0;
            for (int i : e.getValue()) {
                double w = weights == null ? 1 : weights[i];
                sw += w;
                sum += w * estimates[i];
            }
            if (!(sw > 0)) {
                throw new IllegalArgumentException(
                        "the weights at mass " + e.getKey() + " sum to " + sw);
            }
            double mean = sum / sw;
            double var = 0;
            for (int i : e.getValue()) {
                double d = estimates[i] - mean;
                var += (weights == null ? 1 : weights[i]) * d * d;
            }
            double sd = Math.sqrt(var / sw);
            double m = e.getKey();
            out.add(
                    new MassPoint(
                            m,
                            e.getValue().size(),
                            mean,
                            sd,
                            Math.abs(mean - m),
                            sd > 0 ? (mean - m) / sd : Double.NaN));
        }
        return out;
    }
}
