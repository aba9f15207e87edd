package org.quarryhep.shower.parton;

import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;

/** Parton-level test events in LHE conventions. */
final class PartonEvents {
    private PartonEvents() {}

    static Particle particle(
            int id, int status, double[] p, double m, int col, int acol, int... mothers) {
        return new Particle(
                id,
                status,
                new FourMomentum(p[0], p[1], p[2], p[3]),
                m,
                mothers,
                -1,
                -1,
                col,
                acol,
                0,
                9,
                Map.of());
    }

    /** e⁺e⁻ → q q̄ at √s, the quark in a random direction. */
    static Event electronPositronToQuarks(double rs, int flavour, double mq, SplittableRandom rng) {
        double e = rs / 2;
        double p = Math.sqrt(e * e - mq * mq);
        double c = 2 * rng.nextDouble() - 1;
        double s = Math.sqrt(1 - c * c);
        double phi = 2 * Math.PI * rng.nextDouble();
        double[] q = {p * s * Math.cos(phi), p * s * Math.sin(phi), p * c, e};
        double[] qb = {-q[0], -q[1], -q[2], e};
        Event.Builder b = Event.builder().optNumber(1).optScale(rs);
        b.addParticle(particle(11, -1, new double[] {0, 0, e, e}, 0, 0, 0));
        b.addParticle(particle(-11, -1, new double[] {0, 0, -e, e}, 0, 0, 0));
        b.addParticle(particle(flavour, 1, q, mq, 501, 0, 0, 1));
        b.addParticle(particle(-flavour, 1, qb, mq, 0, 501, 0, 1));
        return b.build();
    }

    /** e⁺e⁻ → Z → q q̄ with the Z written as a resonance (status 2). */
    static Event electronPositronToZToQuarks(double rs, int flavour, SplittableRandom rng) {
        Event hard = electronPositronToQuarks(rs, flavour, 0, rng);
        Event.Builder b = Event.builder().optNumber(2).optScale(rs);
        b.addParticle(hard.particle(0));
        b.addParticle(hard.particle(1));
        b.addParticle(particle(23, 2, new double[] {0, 0, 0, rs}, rs, 0, 0, 0, 1));
        b.addParticle(hard.particle(2).withMothers(2));
        b.addParticle(hard.particle(3).withMothers(2));
        return b.build();
    }
}
