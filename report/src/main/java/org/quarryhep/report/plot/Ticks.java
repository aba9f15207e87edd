package org.quarryhep.report.plot;

import java.util.ArrayList;
import java.util.List;

/** Tick positions and labels for the axes Quarry draws itself (colour bars). */
final class Ticks {
    private Ticks() {}

    /**
     * About five "nice" ticks (1, 2, 5 × 10ⁿ steps) in [min, max], or the decades on a log scale.
     */
    static List<Double> of(double min, double max, boolean log) {
        List<Double> out = new ArrayList<>();
        if (log) {
            for (int e = (int) Math.ceil(Math.log10(min) - 1e-9);
                    e <= Math.floor(Math.log10(max) + 1e-9);
                    e++) {
                out.add(Math.pow(10, e));
            }
            if (out.size() < 3) {
                // Fewer than three decades: label 2 and 5 times each power of ten too.
                List<Double> more = new ArrayList<>();
                for (int e = (int) Math.floor(Math.log10(min));
                        e <= Math.ceil(Math.log10(max));
                        e++) {
                    for (double m : new double[] {1, 2, 5}) {
                        double v = m * Math.pow(10, e);
                        if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                            more.add(v);
                        }
                    }
                }
                return more;
            }
            return out;
        }
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step =
                raw / mag < 1.5
                        ? mag
                        : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        for (double v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return out;
    }

    static boolean isPowerOfTen(double v) {
        double e = Math.log10(v);
        return Math.abs(e - Math.rint(e)) < 1e-9;
    }

    /**
     * A tick label: powers of ten beyond 10³ and 10⁻³ as 10ⁿ on log scales, else the plain form.
     */
    static String format(double v, boolean log) {
        if (log && isPowerOfTen(v) && Math.abs(Math.log10(v)) > 3.5) {
            long e = Math.round(Math.log10(v));
            return e == 0 ? "1" : e == 1 ? "10" : "10" + Label.parse("^{" + e + "}").unicode();
        }
        String s = String.format(java.util.Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
