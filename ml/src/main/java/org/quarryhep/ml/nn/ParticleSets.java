package org.quarryhep.ml.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.ml.table.FeatureTable;

/**
 * Builds the flat input table of a Deep Sets network from variable-length particle lists: the
 * high-level features, then columns {@code name_k} for every particle slot k and per-particle
 * feature, then the count column. Lists longer than the slot count keep their first particles
 * (order them, e.g. by pT, before); empty slots are filled with 0 and masked by the network.
 */
public final class ParticleSets {
    private ParticleSets() {}

    /**
     * The table.
     *
     * @param highLevelNames names of the per-event features
     * @param highLevel per-event features, one row per event
     * @param particles per event, a list of particles, each with {@code particleFeatures.size()}
     *     values
     * @param particleFeatures the per-particle feature names
     * @param slots the number of particle slots
     * @param countName the name of the count column
     * @param labels labels, or {@code null}
     * @param weights weights, or {@code null}
     * @return the table, columns in the order {@link NetworkTrainer#deepSetsFeatures} expects
     * @throws IllegalArgumentException when the sizes do not agree
     */
    public static FeatureTable toTable(
            List<String> highLevelNames,
            float[][] highLevel,
            List<float[][]> particles,
            List<String> particleFeatures,
            int slots,
            String countName,
            float[] labels,
            double[] weights) {
        int n = particles.size();
        if (highLevel.length != n) {
            throw new IllegalArgumentException(
                    highLevel.length + " high-level rows for " + n + " particle lists");
        }
        int h = highLevelNames.size();
        int f = particleFeatures.size();
        List<String> names = new ArrayList<>(highLevelNames);
        for (int k = 0; k < slots; k++) {
            for (String p : particleFeatures) {
                names.add(p + "_" + k);
            }
        }
        names.add(countName);
        float[][] cols = new float[names.size()][n];
        for (int i = 0; i < n; i++) {
            if (highLevel[i].length != h) {
                throw new IllegalArgumentException(
                        "event "
                                + i
                                + " has "
                                + highLevel[i].length
                                + " high-level values, expected "
                                + h);
            }
            for (int j = 0; j < h; j++) {
                cols[j][i] = highLevel[i][j];
            }
            float[][] list = particles.get(i);
            int count = Math.min(slots, list.length);
            for (int k = 0; k < count; k++) {
                if (list[k].length != f) {
                    throw new IllegalArgumentException(
                            "event "
                                    + i
                                    + ", particle "
                                    + k
                                    + " has "
                                    + list[k].length
                                    + " values, expected "
                                    + f);
                }
                for (int q = 0; q < f; q++) {
                    cols[h + k * f + q][i] = list[k][q];
                }
            }
            cols[names.size() - 1][i] = count;
        }
        Map<String, float[]> groups = new LinkedHashMap<>();
        return FeatureTable.of(names, cols, labels, weights, groups);
    }
}
