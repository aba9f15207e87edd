package org.quarryhep.shower.parton;

/**
 * Four-vector arithmetic on {@code double[4]} = (px, py, pz, E): the shower builds many momenta per
 * branching and keeps them in arrays rather than objects.
 */
final class Vectors {
    private Vectors() {}

    static double dot(double[] a, double[] b) {
        return a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2];
    }

    static double m2(double[] a) {
        return dot(a, a);
    }

    static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]};
    }

    static double[] scale(double[] a, double f) {
        return new double[] {a[0] * f, a[1] * f, a[2] * f, a[3] * f};
    }

    /** Boosts {@code p} by velocity (bx, by, bz). */
    static double[] boost(double[] p, double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        if (b2 <= 0) {
            return p.clone();
        }
        double gamma = 1.0 / Math.sqrt(1.0 - b2);
        double bp = bx * p[0] + by * p[1] + bz * p[2];
        double g2 = gamma * gamma / (gamma + 1.0);
        double f = g2 * bp + gamma * p[3];
        return new double[] {p[0] + f * bx, p[1] + f * by, p[2] + f * bz, gamma * (p[3] + bp)};
    }

    /** {@code p} in the rest frame of the timelike {@code frame}. */
    static double[] toRest(double[] p, double[] frame) {
        return boost(p, -frame[0] / frame[3], -frame[1] / frame[3], -frame[2] / frame[3]);
    }

    /**
     * {@code p} given in the rest frame of {@code frame}, seen in the frame {@code frame} is in.
     */
    static double[] fromRest(double[] p, double[] frame) {
        return boost(p, frame[0] / frame[3], frame[1] / frame[3], frame[2] / frame[3]);
    }

    /** Källén function λ(a, b, c). */
    static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * (a * b + a * c + b * c);
    }

    /**
     * Two unit vectors perpendicular to the unit vector n and to each other, forming a right-handed
     * set.
     */
    static double[][] perpendicular(double[] n) {
        double[] a = Math.abs(n[0]) < 0.6 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double d = a[0] * n[0] + a[1] * n[1] + a[2] * n[2];
        double[] e1 = {a[0] - d * n[0], a[1] - d * n[1], a[2] - d * n[2]};
        double l = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
        e1[0] /= l;
        e1[1] /= l;
        e1[2] /= l;
        double[] e2 = {
            n[1] * e1[2] - n[2] * e1[1], n[2] * e1[0] - n[0] * e1[2], n[0] * e1[1] - n[1] * e1[0]
        };
        return new double[][] {e1, e2};
    }
}
