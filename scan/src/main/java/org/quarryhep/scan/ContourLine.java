package org.quarryhep.scan;

import java.util.List;

/**
 * One connected piece of a contour: a polyline through the points (x[k], y[k]).
 *
 * @param x the abscissae
 * @param y the ordinates
 * @param closed whether the line closes on itself (the last point joins the first)
 */
public record ContourLine(List<Double> x, List<Double> y, boolean closed) {
    /** Copies the coordinates. */
    public ContourLine {
        x = List.copyOf(x);
        y = List.copyOf(y);
        if (x.size() != y.size()) {
            throw new IllegalArgumentException("x and y differ in length");
        }
    }
}
