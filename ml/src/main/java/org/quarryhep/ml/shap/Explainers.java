package org.quarryhep.ml.shap;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.bdt.BdtModel;
import org.quarryhep.ml.table.FeatureTable;

/** SHAP estimators. */
public final class Explainers {
    private Explainers() {}

    /**
     * Exact TreeSHAP of a BDT (Lundberg, Erion, Lee, arXiv:1802.03888), from XGBoost's
     * contributions; in log-odds for a classifier.
     *
     * @param model the BDT
     * @param rows the rows to explain
     * @return the SHAP values
     */
    public static ShapValues treeShap(BdtModel model, FeatureTable rows) {
        float[][] c = model.contributions(rows);
        int m = model.info().features().size();
        float[][] phi = new float[c.length][m];
        for (int i = 0; i < c.length; i++) {
            System.arraycopy(c[i], 0, phi[i], 0, m);
        }
        double base = c.length > 0 ? c[0][m] : 0;
        return new ShapValues(
                model.info().features(),
                phi,
                rowsOf(rows.withFeatures(model.info().features())),
                base,
                model.info().task() == Task.CLASSIFICATION ? "log-odds" : "prediction");
    }

    /**
     * Permutation SHAP with antithetic permutations (Štrumbelj &amp; Kononenko, Knowl. Inf. Syst.
     * 41 (2014) 647; the interventional value function v(S) = mean over the background of f(x_S,
     * b_S̄) of Janzing et al., arXiv:1910.13413). Each sampled permutation is also walked in
     * reverse, which makes the estimate exact for models with at most pairwise interactions and
     * exact for two features; additive models are exact for any permutation. Every walk telescopes
     * from E f to f(x), so Σ_j φ_j = f(x) − E f holds for each row whatever the permutations. Row
     * i's permutations come from {@code RandomStreams(seed).stream(i)}, and all coalitions of a row
     * go to the model in one call.
     *
     * @param model any model (its predictions are explained as they are)
     * @param rows the rows to explain
     * @param background the reference rows (typically 50–200 training rows)
     * @param permutations permutations per row (each walked both ways)
     * @param seed the seed of the permutations
     * @return the SHAP values
     */
    public static ShapValues permutationShap(
            Model model, FeatureTable rows, FeatureTable background, int permutations, long seed) {
        List<String> f = model.info().features();
        int m = f.size();
        FeatureTable x = rows.withFeatures(f);
        FeatureTable b = background.withFeatures(f);
        int nb = b.rows();
        float[][] bg = rowsOf(b);
        float[][] xs = rowsOf(x);
        double base = mean(model.predict(b), 0, nb);
        float[][] phi = new float[x.rows()][m];
        RandomStreams streams = new RandomStreams(seed);
        for (int i = 0; i < x.rows(); i++) {
            int[][] walks = walks(m, permutations, streams.stream(i));
            int block = (m + 1) * nb;
            float[][] cols = new float[m][walks.length * block];
            for (int w = 0; w < walks.length; w++) {
                boolean[] fromX = new boolean[m];
                for (int s = 0; s <= m; s++) {
                    if (s > 0) {
                        fromX[walks[w][s - 1]] = true;
                    }
                    int at = w * block + s * nb;
                    for (int k = 0; k < nb; k++) {
                        for (int j = 0; j < m; j++) {
                            cols[j][at + k] = fromX[j] ? xs[i][j] : bg[k][j];
                        }
                    }
                }
            }
            float[] pred = model.predict(FeatureTable.of(f, cols, null, null, Map.of()));
            double[] acc = new double[m];
            for (int w = 0; w < walks.length; w++) {
                double prev = mean(pred, w * block, nb);
                for (int s = 1; s <= m; s++) {
                    double v = mean(pred, w * block + s * nb, nb);
                    acc[walks[w][s - 1]] += v - prev;
                    prev = v;
                }
            }
            for (int j = 0; j < m; j++) {
                phi[i][j] = (float) (acc[j] / walks.length);
            }
        }
        return new ShapValues(f, phi, xs, base, "prediction");
    }

    /** {@code permutations} random orders of m features, each followed by its reverse. */
    private static int[][] walks(int m, int permutations, SplittableRandom r) {
        int[][] out = new int[2 * permutations][];
        for (int p = 0; p < permutations; p++) {
            int[] perm = new int[m];
            for (int j = 0; j < m; j++) {
                perm[j] = j;
            }
            for (int j = m - 1; j > 0; j--) {
                int k = r.nextInt(j + 1);
                int t = perm[j];
                perm[j] = perm[k];
                perm[k] = t;
            }
            int[] reverse = new int[m];
            for (int j = 0; j < m; j++) {
                reverse[j] = perm[m - 1 - j];
            }
            out[2 * p] = perm;
            out[2 * p + 1] = reverse;
        }
        return out;
    }

    /**
     * SHAP values of a seeded subsample, as a physicist asks for them per category: {@code rows}
     * rows drawn without replacement from {@code rowsFrom} (all of them when it has fewer) are
     * explained against {@code backgroundRows} rows drawn from {@code backgroundFrom} (typically
     * the training table). BDTs get exact TreeSHAP (in log-odds, no background needed); any other
     * model permutation SHAP (in its prediction). The draws use the {@code shap/rows} and {@code
     * shap/background} children of {@code RandomStreams(seed)}, the permutations its {@code
     * shap/permutations} child. {@link ShapValues#ranking()} and {@link ShapValues#beeswarm(int)}
     * give the summary and the per-event points.
     *
     * @param model the model
     * @param rowsFrom the table whose rows are explained (e.g. one category's test events)
     * @param rows how many rows to explain
     * @param backgroundFrom the table of the reference rows
     * @param backgroundRows how many reference rows
     * @param permutations permutations per row (each walked both ways)
     * @param seed the seed
     * @return the SHAP values of the drawn rows
     * @throws IllegalArgumentException when a count is below 1 or a table lacks a feature
     */
    public static ShapValues explain(
            Model model,
            FeatureTable rowsFrom,
            int rows,
            FeatureTable backgroundFrom,
            int backgroundRows,
            int permutations,
            long seed) {
        if (rows < 1 || backgroundRows < 1 || permutations < 1) {
            throw new IllegalArgumentException(
                    "rows, background rows and permutations must be >= 1, got "
                            + rows
                            + ", "
                            + backgroundRows
                            + ", "
                            + permutations);
        }
        RandomStreams shap = new RandomStreams(seed).child("shap");
        FeatureTable explained = draw(rowsFrom, rows, shap.child("rows").stream(0));
        if (model instanceof BdtModel bdt) {
            return treeShap(bdt, explained);
        }
        FeatureTable reference =
                draw(backgroundFrom, backgroundRows, shap.child("background").stream(0));
        return permutationShap(
                model, explained, reference, permutations, shap.child("permutations").seed());
    }

    /** n rows drawn without replacement (all rows when the table has fewer), in table order. */
    static FeatureTable draw(FeatureTable t, int n, SplittableRandom r) {
        int[] idx = new int[t.rows()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        int k = Math.min(n, idx.length);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(idx.length - i);
            int x = idx[i];
            idx[i] = idx[j];
            idx[j] = x;
        }
        int[] pick = Arrays.copyOf(idx, k);
        Arrays.sort(pick);
        return t.select(pick);
    }

    private static double mean(float[] v, int from, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += v[from + k];
        }
        return s / n;
    }

    private static float[][] rowsOf(FeatureTable t) {
        float[][] out = new float[t.rows()][t.width()];
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.width(); j++) {
                out[i][j] = t.get(i, j);
            }
        }
        return out;
    }
}
