package org.quarryhep.stats.fit;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.Tolerance;

/** Both inverses give A·A⁻¹ = I on random SPD matrices. */
class MatricesTest {
    @Test
    void inversesReproduceTheIdentity() {
        SplittableRandom rng = new SplittableRandom(9);
        int n = 30;
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextDouble() - 0.5;
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += b[i][k] * b[j][k];
                }
            }
            a[i][i] += 0.1;
        }
        for (double[][] inv : new double[][][] {Matrices.invert(a), Matrices.invertSpd(a)}) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = 0;
                    for (int k = 0; k < n; k++) {
                        v += a[i][k] * inv[k][j];
                    }
                    Tolerance.assertClose(
                            i == j ? 1 : 0, v, 0, 1e-9, "(A A^-1)[" + i + "][" + j + "]");
                }
            }
        }
        assertNull(Matrices.invertSpd(new double[][] {{1, 2}, {2, 1}}), "indefinite");
    }
}
