package org.quarryhep.jets;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * Random test events shaped like hadron collisions: a few hard, collimated sprays (steeply falling
 * pT, Gaussian spread ~0.3 in y and φ around each axis) over a soft background uniform in |y| < 5
 * and φ, with pion or zero masses. The seed makes each event reproducible.
 */
final class RandomEvents {
    private RandomEvents() {}

    static List<FourMomentum> generate(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        int axes = 1 + rng.nextInt(4);
        double[] axisY = new double[axes];
        double[] axisPhi = new double[axes];
        double[] axisPt = new double[axes];
        for (int k = 0; k < axes; k++) {
            axisY[k] = rng.nextDouble(-3, 3);
            axisPhi[k] = rng.nextDouble(-Math.PI, Math.PI);
            axisPt[k] = rng.nextDouble(20, 200);
        }
        List<FourMomentum> particles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double mass = rng.nextBoolean() ? 0.0 : 0.13957;
            if (rng.nextDouble() < 0.6) {
                int k = rng.nextInt(axes);
                double pt = axisPt[k] * Math.pow(rng.nextDouble(), 3) + 0.1;
                double y = axisY[k] + 0.3 * rng.nextGaussian();
                double phi = axisPhi[k] + 0.3 * rng.nextGaussian();
                particles.add(FourMomentum.ofPtYPhiM(pt, y, phi, mass));
            } else {
                double pt = -Math.log(1 - rng.nextDouble()) + 0.05;
                double y = rng.nextDouble(-5, 5);
                double phi = rng.nextDouble(-Math.PI, Math.PI);
                particles.add(FourMomentum.ofPtYPhiM(pt, y, phi, mass));
            }
        }
        return particles;
    }

    /**
     * A {@link #generate} event plus the conventions' edge cases: exact duplicates (distance ties),
     * massless particles along the beam (rapidity ±(10⁵ + |pz|)), a massive particle with pT = 0,
     * the zero vector, and particles on both sides of φ = 0 and φ = π.
     */
    static List<FourMomentum> withEdgeCases(long seed, int n) {
        List<FourMomentum> particles = generate(seed, n);
        SplittableRandom rng = new SplittableRandom(~seed);
        for (int k = 0; k < 3 && n > 0; k++) {
            particles.add(particles.get(rng.nextInt(n)));
        }
        particles.add(new FourMomentum(0, 0, 50, 50));
        particles.add(new FourMomentum(0, 0, -30, 30));
        particles.add(new FourMomentum(0, 0, 10, Math.sqrt(101)));
        particles.add(FourMomentum.ZERO);
        particles.add(new FourMomentum(6, 0, 1, Math.sqrt(37)));
        particles.add(new FourMomentum(6, -1e-12, 1.2, Math.sqrt(37.44)));
        particles.add(new FourMomentum(-7, 1e-13, -2, Math.sqrt(53)));
        particles.add(new FourMomentum(-7, -1e-13, -2.1, Math.sqrt(53.41)));
        return particles;
    }
}
