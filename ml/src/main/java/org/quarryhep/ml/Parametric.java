package org.quarryhep.ml;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.ml.table.FeatureTable;

/**
 * Parametric networks (Baldi, Cranmer, Faucett, Sadowski, Whiteson, arXiv:1601.07913): the physics
 * parameters θ (signal mass, couplings) are group columns fed to the model as extra inputs. Signal
 * rows carry the θ they were generated at; background rows, which do not depend on θ, get θ drawn
 * from the signal rows, so the model learns the whole grid; at evaluation θ is set to any point, on
 * or between the grid points.
 */
public final class Parametric {
    private Parametric() {}

    /**
     * Gives every background row (label ≠ 1) the parameter values of a randomly drawn signal row
     * (all parameters of one signal row together, so correlations in the grid are kept).
     *
     * @param table the training table with the parameters as group columns
     * @param parameters the group columns holding θ
     * @param seed the seed of the draws
     * @return the table with background parameters assigned
     * @throws IllegalArgumentException when there is no signal row or a column is missing
     */
    public static FeatureTable assignBackgroundParameters(
            FeatureTable table, List<String> parameters, long seed) {
        int[] signal =
                java.util.stream.IntStream.range(0, table.rows())
                        .filter(i -> table.label(i) == 1f)
                        .toArray();
        if (signal.length == 0) {
            throw new IllegalArgumentException("no signal rows to take parameter values from");
        }
        SplittableRandom r = new SplittableRandom(seed);
        int[] donor = new int[table.rows()];
        for (int i = 0; i < donor.length; i++) {
            donor[i] = table.label(i) == 1f ? i : signal[r.nextInt(signal.length)];
        }
        FeatureTable out = table;
        for (String p : parameters) {
            float[] v = table.group(p);
            float[] nv = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                nv[i] = v[donor[i]];
            }
            out = out.withGroup(p, nv);
        }
        return out;
    }

    /**
     * Predicts with the parameters set to one point for every row.
     *
     * @param model a model whose features include the parameter names
     * @param table the rows
     * @param point θ, by parameter name
     * @return the predictions at θ
     */
    public static float[] predictAt(Model model, FeatureTable table, Map<String, Float> point) {
        FeatureTable t = table;
        for (Map.Entry<String, Float> e : point.entrySet()) {
            float[] v = new float[t.rows()];
            java.util.Arrays.fill(v, e.getValue());
            t =
                    t.names().contains(e.getKey())
                            ? t.withColumn(e.getKey(), v)
                            : t.withGroup(e.getKey(), v);
        }
        return model.predict(t);
    }
}
