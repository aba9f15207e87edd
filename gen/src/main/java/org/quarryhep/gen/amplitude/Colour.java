package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;

/**
 * SU(3) colour: the generators T^a = λ^a/2 (Gell-Mann matrices, Tr T^aT^b = δ^{ab}/2) and the
 * structure constants f^{abc} of [T^a, T^b] = i f^{abc} T^c, derived from the generators.
 */
final class Colour {
    private Colour() {}

    /** T^a_{ij} as complex numbers: T[a][2(3i + j)] (re), +1 (im). */
    static final double[][] T = new double[8][18];

    /** The non-zero f^{abc} as rows {a, b, c, value}. */
    static final double[][] F;

    /** f^{abc} as a dense 8×8×8 array. */
    static final double[] F_DENSE = new double[512];

    /**
     * The colour factors of the four-gluon vertex, Σ_e f^{abe}f^{cde}, f^{ace}f^{bde},
     * f^{ade}f^{bce} at 3(512a + 64b + 8c + d).
     */
    static final double[] FF = new double[3 * 4096];

    static {
        set(0, 0, 1, 1, 0);
        set(0, 1, 0, 1, 0);
        set(1, 0, 1, 0, -1);
        set(1, 1, 0, 0, 1);
        set(2, 0, 0, 1, 0);
        set(2, 1, 1, -1, 0);
        set(3, 0, 2, 1, 0);
        set(3, 2, 0, 1, 0);
        set(4, 0, 2, 0, -1);
        set(4, 2, 0, 0, 1);
        set(5, 1, 2, 1, 0);
        set(5, 2, 1, 1, 0);
        set(6, 1, 2, 0, -1);
        set(6, 2, 1, 0, 1);
        double r3 = 1 / Math.sqrt(3);
        set(7, 0, 0, r3, 0);
        set(7, 1, 1, r3, 0);
        set(7, 2, 2, -2 * r3, 0);
        // f^{abc} = -2i Tr([T^a, T^b] T^c)
        List<double[]> nonZero = new ArrayList<>();
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                for (int c = 0; c < 8; c++) {
                    double im = 0;
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            for (int k = 0; k < 3; k++) {
                                im += imTriple(a, b, c, i, j, k) - imTriple(b, a, c, i, j, k);
                            }
                        }
                    }
                    // -2i * (i im) = 2 im (the real part of the trace of a commutator vanishes)
                    double f = 2 * im;
                    if (Math.abs(f) > 1e-12) {
                        nonZero.add(new double[] {a, b, c, f});
                        F_DENSE[64 * a + 8 * b + c] = f;
                    }
                }
            }
        }
        F = nonZero.toArray(new double[0][]);
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                for (int c = 0; c < 8; c++) {
                    for (int d = 0; d < 8; d++) {
                        int idx = 3 * (512 * a + 64 * b + 8 * c + d);
                        for (int e = 0; e < 8; e++) {
                            FF[idx] += f(a, b, e) * f(c, d, e);
                            FF[idx + 1] += f(a, c, e) * f(b, d, e);
                            FF[idx + 2] += f(a, d, e) * f(b, c, e);
                        }
                    }
                }
            }
        }
    }

    private static double f(int a, int b, int c) {
        return F_DENSE[64 * a + 8 * b + c];
    }

    private static void set(int a, int i, int j, double re, double im) {
        T[a][2 * (3 * i + j)] = re / 2;
        T[a][2 * (3 * i + j) + 1] = im / 2;
    }

    /** Imaginary part of T^a_{ij} T^b_{jk} T^c_{ki}. */
    private static double imTriple(int a, int b, int c, int i, int j, int k) {
        double xr = T[a][2 * (3 * i + j)];
        double xi = T[a][2 * (3 * i + j) + 1];
        double yr = T[b][2 * (3 * j + k)];
        double yi = T[b][2 * (3 * j + k) + 1];
        double zr = T[c][2 * (3 * k + i)];
        double zi = T[c][2 * (3 * k + i) + 1];
        double pr = xr * yr - xi * yi;
        double pi = xr * yi + xi * yr;
        return pr * zi + pi * zr;
    }
}
