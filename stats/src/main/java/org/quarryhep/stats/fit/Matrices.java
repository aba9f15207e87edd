package org.quarryhep.stats.fit;

/** Dense linear algebra the fits need. */
final class Matrices {
    private Matrices() {}

    /**
     * Inverts a symmetric positive-definite matrix through its Cholesky factor L (A = L Lᵀ, A⁻¹ =
     * L⁻ᵀ L⁻¹), about four times cheaper than Gauss–Jordan.
     *
     * @return the inverse, or {@code null} when the matrix is not positive definite
     */
    static double[][] invertSpd(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            double[] lj = l[j];
            for (int k = 0; k < j; k++) {
                d -= lj[k] * lj[k];
            }
            if (!(d > 0)) {
                return null;
            }
            double ljj = Math.sqrt(d);
            lj[j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double[] li = l[i];
                double v = a[i][j];
                for (int k = 0; k < j; k++) {
                    v -= li[k] * lj[k];
                }
                li[j] = v / ljj;
            }
        }
        // M = L⁻¹ (lower triangular), by forward substitution column by column.
        double[][] m = new double[n][n];
        for (int c = 0; c < n; c++) {
            m[c][c] = 1 / l[c][c];
            for (int i = c + 1; i < n; i++) {
                double v = 0;
                double[] li = l[i];
                for (int k = c; k < i; k++) {
                    v -= li[k] * m[k][c];
                }
                m[i][c] = v / li[i];
            }
        }
        // A⁻¹ = Mᵀ M.
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = 0;
                for (int k = i; k < n; k++) {
                    v += m[k][i] * m[k][j];
                }
                inv[i][j] = v;
                inv[j][i] = v;
            }
        }
        return inv;
    }

    /**
     * Inverts a square matrix by Gauss–Jordan elimination with partial pivoting.
     *
     * @throws FitFailedException when the matrix is singular (a flat direction of the likelihood)
     */
    static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            if (Math.abs(m[p][c]) < 1e-300) {
                throw new FitFailedException(
                        "Hessian is singular (a parameter the likelihood does not depend on?)");
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            double inv = 1 / m[c][c];
            for (int j = 0; j < 2 * n; j++) {
                m[c][j] *= inv;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && m[r][c] != 0) {
                    double f = m[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        m[r][j] -= f * m[c][j];
                    }
                }
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, out[i], 0, n);
        }
        return out;
    }
}
