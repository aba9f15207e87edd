package org.quarryhep.gen.amplitude;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * Random phase-space points for the amplitude tests: two beams along ±z in the centre-of-mass frame
 * and a final state built by successive two-body splittings with random directions and random
 * intermediate masses (not a flat phase space — the tests need points, not weights).
 */
final class Points {
    private Points() {}

    /** A point with incoming masses ma, mb and final masses m[0..]; momentum is conserved. */
    static FourMomentum[] generate(
            double sqrtS, double ma, double mb, double[] m, SplittableRandom rng) {
        FourMomentum[] out = new FourMomentum[2 + m.length];
        double s = sqrtS * sqrtS;
        double pz = Math.sqrt((s - sq(ma + mb)) * (s - sq(ma - mb))) / (2 * sqrtS);
        out[0] = FourMomentum.ofPxPyPzM(0, 0, pz, ma);
        out[1] = FourMomentum.ofPxPyPzM(0, 0, -pz, mb);
        FourMomentum total = out[0].plus(out[1]);
        for (int i = 0; i < m.length - 1; i++) {
            double restMin = 0;
            for (int k = i + 1; k < m.length; k++) {
                restMin += m[k];
            }
            double available = total.mass() - m[i];
            double restMass =
                    i == m.length - 2
                            ? m[m.length - 1]
                            : restMin + (available - restMin) * (0.05 + 0.9 * rng.nextDouble());
            FourMomentum[] two = split(total, m[i], restMass, rng);
            out[2 + i] = two[0];
            total = two[1];
        }
        out[1 + m.length] = total;
        return out;
    }

    /** Splits a system into masses m1, m2 with an isotropic direction in its rest frame. */
    static FourMomentum[] split(FourMomentum p, double m1, double m2, SplittableRandom rng) {
        double cos = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        return split(p, m1, m2, cos, phi);
    }

    /** Splits a system into masses m1, m2 at the rest-frame angles (cos θ, φ) of particle 1. */
    static FourMomentum[] split(FourMomentum p, double m1, double m2, double cos, double phi) {
        double mm = p.mass();
        double q = Math.sqrt((mm * mm - sq(m1 + m2)) * (mm * mm - sq(m1 - m2))) / (2 * mm);
        double sin = Math.sqrt(1 - cos * cos);
        double[] n = {sin * Math.cos(phi), sin * Math.sin(phi), cos};
        FourMomentum a = FourMomentum.ofPxPyPzM(q * n[0], q * n[1], q * n[2], m1);
        FourMomentum b = FourMomentum.ofPxPyPzM(-q * n[0], -q * n[1], -q * n[2], m2);
        return new FourMomentum[] {boost(a, p), boost(b, p)};
    }

    /** Boosts k from the rest frame of p to the frame where p has its momentum. */
    static FourMomentum boost(FourMomentum k, FourMomentum p) {
        double m = p.mass();
        double bx = p.px() / p.e();
        double by = p.py() / p.e();
        double bz = p.pz() / p.e();
        double gamma = p.e() / m;
        double bp = bx * k.px() + by * k.py() + bz * k.pz();
        double b2 = bx * bx + by * by + bz * bz;
        double f = b2 == 0 ? 0 : (gamma - 1) * bp / b2 + gamma * k.e();
        return FourMomentum.ofPxPyPzE(
                k.px() + f * bx, k.py() + f * by, k.pz() + f * bz, gamma * (k.e() + bp));
    }

    static double sq(double x) {
        return x * x;
    }

    /** (a − b)² or (a + b)² as a Minkowski square. */
    static double mandelstam(FourMomentum a, FourMomentum b, int sign) {
        return (sign > 0 ? a.plus(b) : a.minus(b)).m2();
    }
}
