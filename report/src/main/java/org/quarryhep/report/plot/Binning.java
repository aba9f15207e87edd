package org.quarryhep.report.plot;

/** Turns bin edges and contents into the point lists that draw them. */
final class Binning {
    private Binning() {}

    /** The outline of a histogram as a step line: x and y arrays. */
    static double[][] steps(double[] edges, double[] values) {
        int n = values.length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = edges[i];
            x[2 * i + 1] = edges[i + 1];
            y[2 * i] = values[i];
            y[2 * i + 1] = values[i];
        }
        return new double[][] {x, y};
    }

    /** The polygon between two step lines (a band or a stacked layer). */
    static double[][] between(double[] edges, double[] lower, double[] upper) {
        double[][] up = steps(edges, upper);
        double[][] lo = steps(edges, lower);
        int m = up[0].length;
        double[] x = new double[2 * m];
        double[] y = new double[2 * m];
        for (int i = 0; i < m; i++) {
            x[i] = up[0][i];
            y[i] = up[1][i];
            x[m + i] = lo[0][m - 1 - i];
            y[m + i] = lo[1][m - 1 - i];
        }
        return new double[][] {x, y};
    }

    /** The polygon between two curves on shared abscissae. */
    static double[][] band(double[] xs, double[] lower, double[] upper) {
        int m = xs.length;
        double[] x = new double[2 * m];
        double[] y = new double[2 * m];
        for (int i = 0; i < m; i++) {
            x[i] = xs[i];
            y[i] = upper[i];
            x[m + i] = xs[m - 1 - i];
            y[m + i] = lower[m - 1 - i];
        }
        return new double[][] {x, y};
    }

    /** Bin centres. */
    static double[] centres(double[] edges) {
        double[] c = new double[edges.length - 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = (edges[i] + edges[i + 1]) / 2;
        }
        return c;
    }

    static double max(double[]... arrays) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            if (a != null) {
                for (double v : a) {
                    if (Double.isFinite(v)) {
                        m = Math.max(m, v);
                    }
                }
            }
        }
        return m;
    }

    /** The smallest positive finite value, or +∞ when there is none. */
    static double minPositive(double[]... arrays) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] a : arrays) {
            if (a != null) {
                for (double v : a) {
                    if (v > 0 && Double.isFinite(v)) {
                        m = Math.min(m, v);
                    }
                }
            }
        }
        return m;
    }

    static double min(double[]... arrays) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] a : arrays) {
            if (a != null) {
                for (double v : a) {
                    if (Double.isFinite(v)) {
                        m = Math.min(m, v);
                    }
                }
            }
        }
        return m;
    }
}
