package org.quarryhep.stats.infer;

/** Closed-form significances of a counting experiment with expected signal s and background b. */
public final class CountingFormulas {
    private CountingFormulas() {}

    /**
     * The Asimov discovery significance Z_A = √(2((s+b) ln(1+s/b) − s)) (arXiv:1007.1727 eq. 97).
     *
     * @param s expected signal (≥ 0)
     * @param b expected background (&gt; 0)
     * @return Z_A
     * @throws IllegalArgumentException for b ≤ 0 or s &lt; 0
     */
    public static double asimovSignificance(double s, double b) {
        check(s, b);
        return Math.sqrt(Math.max(0, 2 * ((s + b) * Math.log1p(s / b) - s)));
    }

    /**
     * The Asimov discovery significance with an absolute background uncertainty σ_b (Cowan,
     * "Discovery sensitivity for a counting experiment with background uncertainty", 2012, eq. 20):
     * Z = √(2((s+b) ln((s+b)(b+σ²)/(b²+(s+b)σ²)) − (b²/σ²) ln(1 + σ²s/(b(b+σ²))))).
     *
     * @param s expected signal
     * @param b expected background
     * @param sigmaB absolute uncertainty on b (0 gives {@link #asimovSignificance(double, double)})
     * @return Z
     * @throws IllegalArgumentException for b ≤ 0, s &lt; 0 or σ_b &lt; 0
     */
    public static double asimovSignificance(double s, double b, double sigmaB) {
        check(s, b);
        if (sigmaB < 0) {
            throw new IllegalArgumentException(
                    "background uncertainty must be >= 0, got " + sigmaB);
        }
        if (sigmaB == 0) {
            return asimovSignificance(s, b);
        }
        double s2 = sigmaB * sigmaB;
        double t1 = (s + b) * Math.log((s + b) * (b + s2) / (b * b + (s + b) * s2));
        double t2 = b * b / s2 * Math.log1p(s2 * s / (b * (b + s2)));
        return Math.sqrt(Math.max(0, 2 * (t1 - t2)));
    }

    /**
     * The naive s/√b.
     *
     * @param s expected signal
     * @param b expected background
     * @return s/√b
     */
    public static double simpleSignificance(double s, double b) {
        check(s, b);
        return s / Math.sqrt(b);
    }

    private static void check(double s, double b) {
        if (!(b > 0) || !(s >= 0)) {
            throw new IllegalArgumentException("need s >= 0 and b > 0, got s=" + s + ", b=" + b);
        }
    }
}
