package org.quarryhep.shower.decay;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * Flat n-body phase space in the rest frame of a decaying system (Raubold–Lynch / GENBOD method, F.
 * James, CERN 68-15): the intermediate invariant masses are drawn uniformly, weighted with the
 * product of the two-body momenta and accepted against that product's upper bound, then the system
 * is built by successive isotropic two-body decays.
 */
public final class PhaseSpace {
    private static final int MAX_TRIES = 100_000;

    private PhaseSpace() {}

    /**
     * Momenta of {@code masses.length} products of a system of mass {@code mass} at rest.
     *
     * @throws IllegalArgumentException when the products are heavier than the system
     */
    public static FourMomentum[] generate(double mass, double[] masses, SplittableRandom rng) {
        int n = masses.length;
        double sum = 0;
        for (double m : masses) {
            sum += m;
        }
        double kinetic = mass - sum;
        if (!(kinetic > 0)) {
            throw new IllegalArgumentException(
                    "no phase space: mass " + mass + " below products " + Arrays.toString(masses));
        }
        FourMomentum[] out = new FourMomentum[n];
        if (n == 1) {
            out[0] = new FourMomentum(0, 0, 0, mass);
            return out;
        }
        // Bound on the weight: each two-body momentum at its largest parent and smallest mass.
        double wtMax = 1;
        double partial = masses[0];
        for (int i = 1; i < n; i++) {
            partial += masses[i];
            wtMax *= twoBodyMomentum(partial + kinetic, partial - masses[i], masses[i]);
        }
        double[] m = new double[n];
        double[] p = new double[n];
        double[] r = new double[n];
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            // Invariant masses m[i] of the first i+1 products: sorted uniforms spread the kinetic
            // energy.
            r[0] = 0;
            r[n - 1] = 1;
            for (int i = 1; i < n - 1; i++) {
                r[i] = rng.nextDouble();
            }
            Arrays.sort(r, 1, n - 1);
            double acc = 0;
            for (int i = 0; i < n; i++) {
                acc += masses[i];
                m[i] = acc + r[i] * kinetic;
            }
            double wt = 1;
            for (int i = 1; i < n; i++) {
                p[i] = twoBodyMomentum(m[i], m[i - 1], masses[i]);
                wt *= p[i];
            }
            if (wt >= rng.nextDouble() * wtMax) {
                return build(masses, m, p, rng);
            }
        }
        throw new IllegalStateException(
                "phase space for " + mass + " -> " + Arrays.toString(masses) + " not accepted");
    }

    private static FourMomentum[] build(
            double[] masses, double[] m, double[] p, SplittableRandom rng) {
        int n = masses.length;
        FourMomentum[] out = new FourMomentum[n];
        // Decay the system of the first i+1 products into (first i) + product i, in its frame,
        // then boost what is already built into that frame (the first product, possibly massless,
        // is placed directly).
        for (int i = 1; i < n; i++) {
            double[] dir = isotropic(rng);
            FourMomentum pi =
                    FourMomentum.ofPxPyPzM(p[i] * dir[0], p[i] * dir[1], p[i] * dir[2], masses[i]);
            if (i == 1) {
                out[0] = FourMomentum.ofPxPyPzM(-pi.px(), -pi.py(), -pi.pz(), masses[0]);
            } else {
                FourMomentum rest = FourMomentum.ofPxPyPzM(-pi.px(), -pi.py(), -pi.pz(), m[i - 1]);
                double[] beta = rest.boostVector();
                for (int j = 0; j < i; j++) {
                    out[j] = out[j].boost(beta[0], beta[1], beta[2]);
                }
            }
            out[i] = pi;
        }
        return out;
    }

    /** A uniformly distributed unit vector. */
    public static double[] isotropic(SplittableRandom rng) {
        double cos = 2 * rng.nextDouble() - 1;
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double phi = 2 * Math.PI * rng.nextDouble();
        return new double[] {sin * Math.cos(phi), sin * Math.sin(phi), cos};
    }

    /** Momentum of either product of a two-body decay M → m1 m2 in the M rest frame. */
    public static double twoBodyMomentum(double mass, double m1, double m2) {
        double a = (mass - m1 - m2) * (mass + m1 + m2) * (mass - m1 + m2) * (mass + m1 - m2);
        return a > 0 ? Math.sqrt(a) / (2 * mass) : 0;
    }
}
