package org.quarryhep.gen.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * α_s from a set's {@code AlphaS_Qs}/{@code AlphaS_Vals} table, interpolated as LHAPDF's {@code
 * AlphaS_Ipol} does: the table is split into subgrids at repeated Q knots (flavour thresholds), and
 * each is a cubic Hermite spline in log Q² with finite-difference knot derivatives; below the table
 * a power law in Q² through the first two distinct knots, above it the last value.
 */
public final class InterpolatedAlphaS implements AlphaS {
    private final double[] q2s;
    private final double[] vals;
    private final List<int[]> ranges = new ArrayList<>();

    /**
     * Creates the interpolator.
     *
     * @param qs the Q knots, GeV, ascending (repeated at thresholds)
     * @param vals α_s at the knots
     * @param source the file named in errors
     * @throws PdfFormatException when the table is empty, uneven or not ascending
     */
    public InterpolatedAlphaS(double[] qs, double[] vals, String source) {
        if (qs.length < 2 || qs.length != vals.length) {
            throw new PdfFormatException(
                    "AlphaS_Qs and AlphaS_Vals must have the same length ≥ 2 (found "
                            + qs.length
                            + " and "
                            + vals.length
                            + ")",
                    source,
                    -1);
        }
        this.q2s = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            q2s[i] = qs[i] * qs[i];
            if (i > 0 && q2s[i] < q2s[i - 1]) {
                throw new PdfFormatException("AlphaS_Qs must be ascending", source, -1);
            }
        }
        this.vals = vals.clone();
        int start = 0;
        for (int i = 1; i < q2s.length; i++) {
            if (q2s[i] == q2s[i - 1]) {
                ranges.add(new int[] {start, i - 1});
                start = i;
            }
        }
        ranges.add(new int[] {start, q2s.length - 1});
    }

    @Override
    public double alphaS(double q) {
        double q2 = q * q;
        if (q2 < q2s[0]) {
            int n = 1;
            while (q2s[n] == q2s[0]) {
                n++;
            }
            double g = Math.log(vals[n] / vals[0]) / Math.log(q2s[n] / q2s[0]);
            return vals[0] * Math.pow(q2 / q2s[0], g);
        }
        if (q2 > q2s[q2s.length - 1]) {
            return vals[vals.length - 1];
        }
        int[] r = ranges.get(0);
        for (int[] cand : ranges) {
            if (q2s[cand[0]] <= q2) {
                r = cand;
            }
        }
        int lo = r[0];
        int hi = r[1];
        int i = lo;
        while (i + 1 < hi && q2s[i + 1] <= q2) {
            i++;
        }
        double lq0 = Math.log(q2s[i]);
        double lq1 = Math.log(q2s[i + 1]);
        double d0 = i == lo ? slope(i, i + 1) : 0.5 * (slope(i, i + 1) + slope(i - 1, i));
        double d1 = i + 1 == hi ? slope(i, i + 1) : 0.5 * (slope(i + 1, i + 2) + slope(i, i + 1));
        double dl = lq1 - lq0;
        double t = (Math.log(q2) - lq0) / dl;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * vals[i]
                + (t3 - 2 * t2 + t) * d0 * dl
                + (-2 * t3 + 3 * t2) * vals[i + 1]
                + (t3 - t2) * d1 * dl;
    }

    private double slope(int a, int b) {
        return (vals[b] - vals[a]) / (Math.log(q2s[b]) - Math.log(q2s[a]));
    }
}
