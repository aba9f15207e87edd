package org.quarryhep.stats.infer;

/**
 * The binned likelihood-ratio criterion q = 2 Σ_i [s_i − b_i ln(1 + s_i/b_i)] of a background-only
 * observation n_i = b_i tested against s+b (the Asimov exclusion statistic of arXiv:1007.1727 for a
 * product of Poisson bins), and the signal scale at which q reaches a threshold (3.84 for 95% CL,
 * the 1-degree-of-freedom χ² quantile).
 */
public final class BinnedExclusion {
    /** The 95% CL threshold, χ²₁ quantile at 0.95. */
    public static final double Q95 = 3.841458820694124;

    private BinnedExclusion() {}

    /**
     * The statistic q.
     *
     * @param s signal per bin
     * @param b background per bin (bins with b ≤ 0 are skipped when s = 0 too)
     * @return q
     * @throws IllegalArgumentException for mismatched lengths, negative values, or s &gt; 0 on b =
     *     0
     */
    public static double q(double[] s, double[] b) {
        if (s.length != b.length) {
            throw new IllegalArgumentException(
                    "signal has " + s.length + " bins, background " + b.length);
        }
        double q = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 0 || b[i] < 0) {
                throw new IllegalArgumentException("negative yield in bin " + i);
            }
            if (s[i] == 0) {
                continue;
            }
            if (b[i] == 0) {
                throw new IllegalArgumentException(
                        "bin " + i + " has signal but no background: q is infinite");
            }
            q += 2 * (s[i] - b[i] * Math.log1p(s[i] / b[i]));
        }
        return q;
    }

    /**
     * The scale k of the signal at which q(k·s, b) = threshold; q grows monotonically in k.
     *
     * @param s signal per bin
     * @param b background per bin
     * @param threshold the q value, e.g. {@link #Q95}
     * @return k (the excluded signal strength; k &lt; 1 means the nominal signal is excluded)
     * @throws IllegalArgumentException when the signal is zero everywhere
     */
    public static double limitScale(double[] s, double[] b, double threshold) {
        if (q(s, b) == 0) {
            throw new IllegalArgumentException("signal is zero in every bin; no limit");
        }
        double hi = 1;
        double[] ks = new double[s.length];
        while (qScaled(s, b, hi, ks) < threshold) {
            hi *= 2;
        }
        double lo = 0;
        for (int it = 0; it < 200 && hi - lo > 1e-12 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (qScaled(s, b, mid, ks) < threshold) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double qScaled(double[] s, double[] b, double k, double[] buf) {
        for (int i = 0; i < s.length; i++) {
            buf[i] = k * s[i];
        }
        return q(buf, b);
    }
}
