package org.quarryhep.stats.fit;

/** Dense linear algebra the fits need. */
final class Matrices {
    private Matrices() {}

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
