package org.quarryhep.analyses.diphunting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quarryhep.analyses.diphunting.HeldOutFits.Kind;

/**
 * The per-mass fit ({@link Kind#NN_PER_MASS}), a summary suited to exclusion: in each m_S column of
 * the fitted grid the network is calibrated in one summary, ln r̂(x|θ̃_m) at θ̃_m = (m_S, κ̃_m)
 * with κ̃_m the column's best κ &gt; 0 in the per-θ network's first fit of the same data set, so
 * every mass is tested with a summary tuned to that mass (with no signal κ̃_m is the smallest κ,
 * where ln r ∝ κ² I/q: the interference's shape at that mass).
 *
 * <p>t(θ) of a column is the likelihood ratio against the Standard Model of the data reduced to
 * that column's summary. Within a column the summary is one and the model is exact for the reduced
 * data; across columns the summary changes with m_S, and a summary that changes with θ biases t
 * (README, step 4b) — here along m_S. The toys measure that: the two-parameter regions under-cover.
 * The raster scan ({@link #relative}: Δt within each column, one parameter) compares t only where
 * the summary is one; it is the form an exclusion limit on κ per m_S takes.
 */
final class PerMassFits {
    /** Δt of the 68.27 % interval for one parameter. */
    static final double Q68_ONE = 1.0;

    /** Δt of the 95 % interval for one parameter (χ²₁ quantile). */
    static final double Q95_ONE = 3.841458820694124;

    private PerMassFits() {}

    /**
     * The summary point θ̃_m of every point's m_S column: among the points {@code at} of the same
     * m_S with κ &gt; 0, the per-θ calibrated network's best fit of the data set; −1 for a column
     * with no κ &gt; 0 (only the Standard Model, the same in any summary).
     *
     * @param fits the model
     * @param counts the data set
     * @param lumiIfb the luminosity, fb⁻¹
     * @param at the fitted points
     * @return per entry of {@code at}, the index of its column's θ̃_m
     */
    static int[] summaries(HeldOutFits fits, double[] counts, double lumiIfb, int[] at) {
        double[] t = fits.t(Kind.NN, counts, lumiIfb, at, -1);
        Map<Double, Integer> bestAt = new HashMap<>();
        for (int p : at) {
            DipConfig.Point pt = fits.point(p);
            if (pt.kappa() > 0) {
                Integer b = bestAt.get(pt.mS());
                if (b == null || t[p] < t[b]) {
                    bestAt.put(pt.mS(), p);
                }
            }
        }
        int[] out = new int[at.length];
        for (int j = 0; j < at.length; j++) {
            out[j] = bestAt.getOrDefault(fits.point(at[j]).mS(), -1);
        }
        return out;
    }

    /**
     * t(θ) of the per-mass fit at the points {@code at}: each in the summary of its column,
     * calibrated at that point (NaN elsewhere; not yet minus its minimum).
     *
     * @param fits the model
     * @param counts the data set
     * @param lumiIfb the luminosity, fb⁻¹
     * @param at the fitted points
     * @return t per point
     */
    static double[] t(HeldOutFits fits, double[] counts, double lumiIfb, int[] at) {
        int[] tilde = summaries(fits, counts, lumiIfb, at);
        double[] t = new double[fits.pointCount()];
        Arrays.fill(t, Double.NaN);
        for (int j = 0; j < at.length; j++) {
            int[] one = {at[j]};
            double[] tj =
                    tilde[j] < 0
                            ? fits.t(Kind.NN, counts, lumiIfb, one, -1)
                            : fits.t(Kind.NN_TWO_STEP, counts, lumiIfb, one, tilde[j]);
            t[at[j]] = tj[at[j]];
        }
        return t;
    }

    /**
     * Δt of a raster scan: t minus its minimum over the nodes {@code over} of the same m_S column,
     * the test of κ at each fixed m_S (one parameter: {@link #Q68_ONE}, {@link #Q95_ONE}).
     *
     * @param fits the model
     * @param t t(θ) (or Δt)
     * @param over the fitted nodes
     * @return Δt per point (NaN off the columns of {@code over})
     */
    static double[] relative(HeldOutFits fits, double[] t, int[] over) {
        Map<Double, Double> min = new HashMap<>();
        for (int p : over) {
            min.merge(fits.point(p).mS(), t[p], Math::min);
        }
        double[] d = new double[t.length];
        Arrays.fill(d, Double.NaN);
        for (int p = 0; p < t.length; p++) {
            if (!Double.isNaN(t[p])) {
                Double m = min.get(fits.point(p).mS());
                d[p] = m == null ? Double.NaN : t[p] - m;
            }
        }
        return d;
    }

    /**
     * The largest κ of each column inside a raster region (Δt ≤ 3.84): with Standard-Model data,
     * the 95 % upper limit on κ per m_S on the grid.
     *
     * @param fits the model
     * @param raster the raster Δt
     * @param over the nodes
     * @return κ per m_S (as text, in the order of the nodes)
     */
    static Map<String, Double> kappaLimits(HeldOutFits fits, double[] raster, int[] over) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int p : over) {
            DipConfig.Point pt = fits.point(p);
            if (raster[p] <= Q95_ONE) {
                out.merge(String.valueOf(pt.mS()), pt.kappa(), Math::max);
            }
        }
        return out;
    }
}
