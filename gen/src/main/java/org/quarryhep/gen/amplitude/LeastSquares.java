package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;

/**
 * The small dense linear algebra of {@link LeadingColourFlows}: the rank of a set of equations
 * (Gram–Schmidt, applied twice for stability) and their least-squares solution by the Cholesky
 * factor of the normal matrix CᵀC. The coefficients are colour factors of a few dozen flows at most
 * 120, so nothing larger is needed.
 */
final class LeastSquares {
    private LeastSquares() {}

    static int rank(List<double[]> rows) {
        return orthonormalBasis(rows).size();
    }

    static List<double[]> orthonormalBasis(List<double[]> rows) {
        List<double[]> basis = new ArrayList<>();
        for (double[] row : rows) {
            extend(basis, row);
        }
        return basis;
    }

    /** Adds a row's component orthogonal to the basis (Gram–Schmidt), if it is not negligible. */
    static void extend(List<double[]> basis, double[] row) {
        double[] v = row.clone();
        double norm0 = 0;
        for (double x : v) {
            norm0 += x * x;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (double[] b : basis) {
                double d = 0;
                for (int k = 0; k < v.length; k++) {
                    d += v[k] * b[k];
                }
                for (int k = 0; k < v.length; k++) {
                    v[k] -= d * b[k];
                }
            }
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        if (norm > 1e-18 * norm0 && norm > 0) {
            double inv = 1 / Math.sqrt(norm);
            for (int k = 0; k < v.length; k++) {
                v[k] *= inv;
            }
            basis.add(v);
        }
    }

    /**
     * The Cholesky factor of CᵀC, or null when CᵀC is singular (a pivot below 1e-9 of the largest
     * diagonal entry): the equations do not determine every A_σ.
     */
    static double[][] choleskyOfNormalMatrix(double[][] c, int m) {
        double[][] g = new double[m][m];
        for (double[] row : c) {
            for (int a = 0; a < m; a++) {
                if (row[a] == 0) {
                    continue;
                }
                for (int b = 0; b < m; b++) {
                    g[a][b] += row[a] * row[b];
                }
            }
        }
        double largest = 0;
        for (int a = 0; a < m; a++) {
            largest = Math.max(largest, g[a][a]);
        }
        double[][] l = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b <= a; b++) {
                double s = g[a][b];
                for (int k = 0; k < b; k++) {
                    s -= l[a][k] * l[b][k];
                }
                if (a == b) {
                    if (!(s > 1e-9 * largest)) {
                        return null;
                    }
                    l[a][a] = Math.sqrt(s);
                } else {
                    l[a][b] = s / l[b][b];
                }
            }
        }
        return l;
    }

    /**
     * The least-squares solution x of C x = b: (CᵀC) x = Cᵀ b by the Cholesky factor.
     *
     * @param c the equations' coefficients [equation][unknown]
     * @param cholesky the Cholesky factor of CᵀC
     * @param b the right-hand sides
     * @return x
     */
    static double[] solve(double[][] c, double[][] cholesky, double[] b) {
        int m = cholesky.length;
        double[] y = new double[m];
        for (int e = 0; e < c.length; e++) {
            if (b[e] == 0) {
                continue;
            }
            for (int f = 0; f < m; f++) {
                y[f] += c[e][f] * b[e];
            }
        }
        for (int a = 0; a < m; a++) {
            double s = y[a];
            for (int k = 0; k < a; k++) {
                s -= cholesky[a][k] * y[k];
            }
            y[a] = s / cholesky[a][a];
        }
        for (int a = m - 1; a >= 0; a--) {
            double s = y[a];
            for (int k = a + 1; k < m; k++) {
                s -= cholesky[k][a] * y[k];
            }
            y[a] = s / cholesky[a][a];
        }
        return y;
    }
}
