package org.quarryhep.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contours of a function sampled on a rectangular grid by marching squares (Lorensen and Cline's
 * marching cubes in two dimensions): each cell whose corners straddle the level contributes a
 * segment between the crossing points on its edges, and segments are chained through shared edges
 * into polylines. A crossing is placed by linear interpolation of the value, in log space when the
 * value spans decades (CLs), and the coordinate is interpolated in log space on log axes. Saddle
 * cells are resolved by the mean of their corners. Cells with a missing corner (NaN: not run,
 * excluded by a constraint, failed) contribute nothing.
 */
public final class MarchingSquares {
    private final double[] xs;
    private final double[] ys;
    private final double[][] t;
    private final double level;
    private final boolean logX;
    private final boolean logY;

    private MarchingSquares(
            double[] xs, double[] ys, double[][] t, double level, boolean logX, boolean logY) {
        this.xs = xs;
        this.ys = ys;
        this.t = t;
        this.level = level;
        this.logX = logX;
        this.logY = logY;
    }

    /**
     * The contour lines of {@code z} at {@code level}.
     *
     * @param xs the grid's x values (increasing)
     * @param ys the grid's y values (increasing)
     * @param z the values, {@code z[i][j]} at (xs[i], ys[j]); NaN where unknown
     * @param level the contour level
     * @param logZ interpolate log z (z and level must be positive; z ≤ 0 counts as unknown)
     * @param logX interpolate the x coordinate in log space
     * @param logY interpolate the y coordinate in log space
     * @return the lines, open ones first, in a deterministic order
     */
    public static List<ContourLine> contours(
            double[] xs,
            double[] ys,
            double[][] z,
            double level,
            boolean logZ,
            boolean logX,
            boolean logY) {
        if (z.length != xs.length) {
            throw new IllegalArgumentException("z has " + z.length + " columns, xs " + xs.length);
        }
        double[][] t = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            if (z[i].length != ys.length) {
                throw new IllegalArgumentException("z[" + i + "] length != ys length");
            }
            for (int j = 0; j < ys.length; j++) {
                t[i][j] = logZ ? (z[i][j] > 0 ? Math.log(z[i][j]) : Double.NaN) : z[i][j];
            }
        }
        if (logZ && !(level > 0)) {
            throw new IllegalArgumentException("log interpolation needs a positive level");
        }
        return new MarchingSquares(xs, ys, t, logZ ? Math.log(level) : level, logX, logY).trace();
    }

    private List<ContourLine> trace() {
        // Segments as pairs of edge keys; an edge key names a grid edge, so two cells sharing
        // an edge share the crossing point exactly.
        List<long[]> segments = new ArrayList<>();
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                cell(i, j, segments);
            }
        }
        Map<Long, List<Integer>> byEdge = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            for (long e : segments.get(s)) {
                byEdge.computeIfAbsent(e, k -> new ArrayList<>(2)).add(s);
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<ContourLine> open = new ArrayList<>();
        List<ContourLine> closed = new ArrayList<>();
        // Open lines start at an edge that only one segment touches (the grid's border or a
        // missing cell); what is left afterwards are loops.
        for (int s = 0; s < segments.size(); s++) {
            for (long e : segments.get(s)) {
                if (!used[s] && byEdge.get(e).size() == 1) {
                    open.add(walk(s, e, segments, byEdge, used, false));
                }
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            if (!used[s]) {
                closed.add(walk(s, segments.get(s)[0], segments, byEdge, used, true));
            }
        }
        open.addAll(closed);
        return open;
    }

    private ContourLine walk(
            int start,
            long fromEdge,
            List<long[]> segments,
            Map<Long, List<Integer>> byEdge,
            boolean[] used,
            boolean loop) {
        List<double[]> line = new ArrayList<>();
        line.add(point(fromEdge));
        int s = start;
        long edge = fromEdge;
        while (s >= 0 && !used[s]) {
            used[s] = true;
            long[] seg = segments.get(s);
            long next = seg[0] == edge ? seg[1] : seg[0];
            edge = next;
            if (loop && edge == fromEdge) {
                break;
            }
            line.add(point(edge));
            int following = -1;
            for (int candidate : byEdge.get(edge)) {
                if (!used[candidate]) {
                    following = candidate;
                }
            }
            s = following;
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (double[] p : line) {
            x.add(p[0]);
            y.add(p[1]);
        }
        return new ContourLine(x, y, loop);
    }

    private void cell(int i, int j, List<long[]> segments) {
        double a = t[i][j];
        double b = t[i + 1][j];
        double c = t[i + 1][j + 1];
        double d = t[i][j + 1];
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
            return;
        }
        boolean pa = a > level;
        boolean pb = b > level;
        boolean pc = c > level;
        boolean pd = d > level;
        long bottom = hEdge(i, j);
        long right = vEdge(i + 1, j);
        long top = hEdge(i, j + 1);
        long left = vEdge(i, j);
        List<Long> crossed = new ArrayList<>(4);
        if (pa != pb) {
            crossed.add(bottom);
        }
        if (pb != pc) {
            crossed.add(right);
        }
        if (pc != pd) {
            crossed.add(top);
        }
        if (pd != pa) {
            crossed.add(left);
        }
        if (crossed.size() == 2) {
            segments.add(new long[] {crossed.get(0), crossed.get(1)});
        } else if (crossed.size() == 4) {
            boolean centre = (a + b + c + d) / 4 > level;
            if (centre == pa) {
                // a and c joined through the centre: the lines cut off corners b and d.
                segments.add(new long[] {bottom, right});
                segments.add(new long[] {top, left});
            } else {
                segments.add(new long[] {left, bottom});
                segments.add(new long[] {right, top});
            }
        }
    }

    private long hEdge(int i, int j) {
        return 2L * ((long) i * ys.length + j);
    }

    private long vEdge(int i, int j) {
        return 2L * ((long) i * ys.length + j) + 1;
    }

    private double[] point(long edge) {
        long node = edge / 2;
        int i = (int) (node / ys.length);
        int j = (int) (node % ys.length);
        boolean horizontal = edge % 2 == 0;
        int i2 = horizontal ? i + 1 : i;
        int j2 = horizontal ? j : j + 1;
        double f = (level - t[i][j]) / (t[i2][j2] - t[i][j]);
        return new double[] {
            interpolate(xs[i], xs[i2], f, logX), interpolate(ys[j], ys[j2], f, logY)
        };
    }

    private static double interpolate(double a, double b, double f, boolean log) {
        if (a == b) {
            return a;
        }
        return log ? Math.exp(Math.log(a) + f * (Math.log(b) - Math.log(a))) : a + f * (b - a);
    }
}
