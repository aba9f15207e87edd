package org.quarryhep.report.plot;

import java.awt.Color;
import java.util.List;

/**
 * Colours that colour-blind readers can tell apart: the Okabe–Ito palette for series (M. Okabe and
 * K. Ito, "Color Universal Design", 2002/2008) and viridis (Smith and van der Walt, matplotlib 1.5)
 * for colour maps; a blue–white–vermilion map from the Okabe–Ito ends for signed values.
 */
public final class Palette {
    private Palette() {}

    /** Okabe–Ito black. */
    public static final Color BLACK = new Color(0x000000);

    /** Okabe–Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);

    /** Okabe–Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);

    /** Okabe–Ito bluish green (the ±1σ band). */
    public static final Color BLUISH_GREEN = new Color(0x009E73);

    /** Okabe–Ito yellow (the ±2σ band). */
    public static final Color YELLOW = new Color(0xF0E442);

    /** Okabe–Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);

    /** Okabe–Ito vermilion. */
    public static final Color VERMILION = new Color(0xD55E00);

    /** Okabe–Ito reddish purple. */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** The series colours in order of use. */
    public static final List<Color> SERIES =
            List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILION, SKY_BLUE, REDDISH_PURPLE, YELLOW, BLACK);

    // viridis sampled at 0, 1/8, ..., 1 (matplotlib's _viridis_data).
    private static final int[] VIRIDIS = {
        0x440154, 0x472c7a, 0x3b518b, 0x2c718e, 0x21908d, 0x27ad81, 0x5cc863, 0xaadc32, 0xfde725
    };

    /** The i-th series colour, cycling. */
    public static Color series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** A colour with the given opacity (0–255). */
    public static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /**
     * Viridis at {@code t} in [0, 1] (clamped), interpolated linearly between nine samples.
     *
     * @param t position along the map
     * @return the colour
     */
    public static Color viridis(double t) {
        double u = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) u, VIRIDIS.length - 2);
        return mix(new Color(VIRIDIS[i]), new Color(VIRIDIS[i + 1]), u - i);
    }

    /**
     * Blue (−1) through white (0) to vermilion (+1), clamped.
     *
     * @param v the signed value
     * @return the colour
     */
    public static Color diverging(double v) {
        double t = Math.max(-1, Math.min(1, v));
        return t < 0 ? mix(Color.WHITE, BLUE, -t) : mix(Color.WHITE, VERMILION, t);
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }
}
