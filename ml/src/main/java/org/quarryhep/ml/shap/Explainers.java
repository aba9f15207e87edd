package org.quarryhep.ml.shap;

import java.util.List;
import java.util.SplittableRandom;
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
     * exact for two features; additive models are exact for any permutation.
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
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < x.rows(); i++) {
            SplittableRandom r = root.split();
            double[] acc = new double[m];
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
                for (int dir = 0; dir < 2; dir++) {
                    int[] order = perm.clone();
                    if (dir == 1) {
                        for (int j = 0; j < m / 2; j++) {
                            int t = order[j];
                            order[j] = order[m - 1 - j];
                            order[m - 1 - j] = t;
                        }
                    }
                    float[][] cols = new float[m][(m + 1) * nb];
                    boolean[] fromX = new boolean[m];
                    for (int s = 0; s <= m; s++) {
                        if (s > 0) {
                            fromX[order[s - 1]] = true;
                        }
                        for (int k = 0; k < nb; k++) {
                            for (int j = 0; j < m; j++) {
                                cols[j][s * nb + k] = fromX[j] ? xs[i][j] : bg[k][j];
                            }
                        }
                    }
                    float[] pred =
                            model.predict(FeatureTable.of(f, cols, null, null, java.util.Map.of()));
                    double prev = mean(pred, 0, nb);
                    for (int s = 1; s <= m; s++) {
                        double v = mean(pred, s * nb, nb);
                        acc[order[s - 1]] += v - prev;
                        prev = v;
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                phi[i][j] = (float) (acc[j] / (2.0 * permutations));
            }
        }
        return new ShapValues(f, phi, xs, base, "prediction");
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
