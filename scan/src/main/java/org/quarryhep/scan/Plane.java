package org.quarryhep.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A 2-D scan on a fine grid: the coarse grid of the scan file with 2^levels − 1 values inserted
 * between neighbours (halving in log space on log axes). Without refinement (levels = 0) every
 * allowed node is run. With refinement, the coarse nodes run first; then, level by level, each cell
 * whose corners lie on both sides of the boundary (the refinement quantity crossing its level) is
 * split in four and its new nodes run, until cells are one fine step wide. Cells away from the
 * boundary are never split, which is where the saving over the full fine grid comes from.
 */
public final class Plane {
    private final ScanDefinition def;
    private final ParameterAxis xAxis;
    private final ParameterAxis yAxis;
    private final int step;
    private final double[] xs;
    private final double[] ys;
    private final Map<Long, PointOutcome> done = new HashMap<>();

    /** The plane of a 2-D scan definition. */
    public Plane(ScanDefinition def) {
        if (def.parameters().size() != 2) {
            throw new IllegalArgumentException("a plane needs 2 parameters");
        }
        this.def = def;
        this.xAxis = def.parameters().get(0);
        this.yAxis = def.parameters().get(1);
        this.step = 1 << def.refinement().map(Specs.Refinement::levels).orElse(0);
        this.xs = fine(xAxis, step);
        this.ys = fine(yAxis, step);
    }

    private static double[] fine(ParameterAxis axis, int step) {
        int n = axis.values().size();
        double[] out = new double[(n - 1) * step + 1];
        for (int k = 0; k < n - 1; k++) {
            for (int s = 0; s < step; s++) {
                out[k * step + s] = axis.between(k, (double) s / step);
            }
        }
        out[out.length - 1] = axis.values().get(n - 1);
        return out;
    }

    /** The fine grid's x values. */
    public double[] xs() {
        return xs.clone();
    }

    /** The fine grid's y values. */
    public double[] ys() {
        return ys.clone();
    }

    /** How many allowed nodes the full fine grid has (what a scan without refinement runs). */
    public int fullGridSize() {
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                if (def.allowed(coordinates(i, j))) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Runs the plane: the coarse grid, then the refinement levels.
     *
     * @param evaluate runs a batch of points and returns their outcomes in order
     * @return every outcome, in the stable order (x slowest, then y)
     */
    public List<PointOutcome> run(Function<List<ScanPoint>, List<PointOutcome>> evaluate) {
        Set<Long> batch = new LinkedHashSet<>();
        for (int i = 0; i < xs.length; i += step) {
            for (int j = 0; j < ys.length; j += step) {
                batch.add(key(i, j));
            }
        }
        evaluateNodes(batch, evaluate);
        Specs.Refinement r = def.refinement().orElse(null);
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i + step < xs.length; i += step) {
            for (int j = 0; j + step < ys.length; j += step) {
                cells.add(new int[] {i, j});
            }
        }
        for (int size = step; size > 1 && r != null; size /= 2) {
            int half = size / 2;
            List<int[]> split = new ArrayList<>();
            batch = new LinkedHashSet<>();
            for (int[] c : cells) {
                if (straddles(c[0], c[1], size, r)) {
                    for (int di = 0; di <= 2; di++) {
                        for (int dj = 0; dj <= 2; dj++) {
                            batch.add(key(c[0] + di * half, c[1] + dj * half));
                        }
                    }
                    for (int di = 0; di <= 1; di++) {
                        for (int dj = 0; dj <= 1; dj++) {
                            split.add(new int[] {c[0] + di * half, c[1] + dj * half});
                        }
                    }
                }
            }
            batch.removeAll(done.keySet());
            evaluateNodes(batch, evaluate);
            cells = split;
        }
        List<Long> keys = new ArrayList<>(done.keySet());
        keys.sort(null);
        List<PointOutcome> out = new ArrayList<>();
        for (long k : keys) {
            PointOutcome o = done.get(k);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private void evaluateNodes(
            Set<Long> nodes, Function<List<ScanPoint>, List<PointOutcome>> evaluate) {
        List<Long> keys = new ArrayList<>();
        List<ScanPoint> points = new ArrayList<>();
        for (long k : nodes) {
            Map<String, Double> at = coordinates((int) (k >> 32), (int) k);
            if (def.allowed(at)) {
                keys.add(k);
                points.add(ScanPoint.of(def.seed(), at));
            } else {
                done.put(k, null);
            }
        }
        if (points.isEmpty()) {
            return;
        }
        List<PointOutcome> outcomes = evaluate.apply(points);
        for (int n = 0; n < keys.size(); n++) {
            done.put(keys.get(n), outcomes.get(n));
        }
    }

    private boolean straddles(int i, int j, int size, Specs.Refinement r) {
        boolean below = false;
        boolean above = false;
        for (int di = 0; di <= size; di += size) {
            for (int dj = 0; dj <= size; dj += size) {
                double v = value(i + di, j + dj, r.quantity());
                if (!Double.isNaN(v)) {
                    below |= v < r.level();
                    above |= v >= r.level();
                }
            }
        }
        return below && above;
    }

    private double value(int i, int j, String quantity) {
        PointOutcome o = done.get(key(i, j));
        return o == null ? Double.NaN : o.value(quantity);
    }

    /**
     * The quantity on every node of the fine grid: run nodes give their value, the others the
     * bilinear interpolation (in log space when {@code log}) of the smallest run cell around them.
     * Such cells do not straddle the refinement boundary, so interpolated nodes never move it. NaN
     * where no run cell encloses a node (beyond a constraint, failed points).
     */
    public double[][] field(String quantity, boolean log) {
        double[][] z = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                z[i][j] =
                        done.containsKey(key(i, j))
                                ? value(i, j, quantity)
                                : interpolated(i, j, quantity, log);
            }
        }
        return z;
    }

    private double interpolated(int i, int j, String quantity, boolean log) {
        for (int size = 2; size <= step; size *= 2) {
            int i0 = i - i % size;
            int j0 = j - j % size;
            double[] c = new double[4];
            int[][] corners = {{i0, j0}, {i0 + size, j0}, {i0, j0 + size}, {i0 + size, j0 + size}};
            boolean all = true;
            for (int k = 0; k < 4 && all; k++) {
                int ci = corners[k][0];
                int cj = corners[k][1];
                all = ci < xs.length && cj < ys.length && done.get(key(ci, cj)) != null;
                if (all) {
                    double v = value(ci, cj, quantity);
                    c[k] = log ? Math.log(v) : v;
                    all = !Double.isNaN(c[k]);
                }
            }
            if (all) {
                double u = (double) (i - i0) / size;
                double w = (double) (j - j0) / size;
                double v =
                        (1 - u) * (1 - w) * c[0]
                                + u * (1 - w) * c[1]
                                + (1 - u) * w * c[2]
                                + u * w * c[3];
                return log ? Math.exp(v) : v;
            }
        }
        return Double.NaN;
    }

    private Map<String, Double> coordinates(int i, int j) {
        Map<String, Double> at = new LinkedHashMap<>();
        at.put(xAxis.name(), xs[i]);
        at.put(yAxis.name(), ys[j]);
        return at;
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | j;
    }
}
