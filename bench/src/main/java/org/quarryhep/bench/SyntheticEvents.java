package org.quarryhep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;

/**
 * Seeded stand-ins for hadron-level events: a few hard, collimated sprays on top of a soft
 * background, which is what makes clustering and event I/O work in real events.
 */
final class SyntheticEvents {
    private static final int SPRAYS = 4;
    private static final int PARTICLES_PER_SPRAY = 12;

    private SyntheticEvents() {}

    /**
     * Final-state momenta of one event.
     *
     * @param n the number of particles (at least {@value #SPRAYS} × {@value #PARTICLES_PER_SPRAY})
     * @param rng the random stream
     * @return n massless and pion-mass momenta
     */
    static List<FourMomentum> momenta(int n, SplittableRandom rng) {
        List<FourMomentum> out = new ArrayList<>(n);
        for (int s = 0; s < SPRAYS; s++) {
            double eta = rng.nextDouble(-2.5, 2.5);
            double phi = rng.nextDouble(-Math.PI, Math.PI);
            for (int k = 0; k < PARTICLES_PER_SPRAY; k++) {
                out.add(
                        FourMomentum.ofPtEtaPhiM(
                                5 + 40 * rng.nextDouble(),
                                eta + 0.15 * rng.nextGaussian(),
                                phi + 0.15 * rng.nextGaussian(),
                                0.13957));
            }
        }
        while (out.size() < n) {
            // Soft background: exponential pT spectrum with a mean of about 0.7 GeV.
            double pt = 0.1 - 0.6 * Math.log(1 - rng.nextDouble());
            out.add(
                    FourMomentum.ofPtEtaPhiM(
                            pt, rng.nextDouble(-5, 5), rng.nextDouble(-Math.PI, Math.PI), 0));
        }
        return out;
    }

    /**
     * An LHE-style event: two incoming gluons and {@code n} final-state particles whose mothers
     * they are, with three named weights.
     *
     * @param number the event number
     * @param n the number of final-state particles
     * @param rng the random stream
     * @return the event
     */
    static Event event(long number, int n, SplittableRandom rng) {
        Event.Builder b =
                Event.builder()
                        .optNumber(number)
                        .optProcessId(1)
                        .optScale(91.188)
                        .optAlphaQed(1 / 132.5)
                        .optAlphaQcd(0.118)
                        .optWeights(1.0, 0.9, 1.1)
                        .optWeightNames(List.of("nominal", "muR_down", "muR_up"));
        b.addParticle(Particle.of(21, -1, FourMomentum.ofPxPyPzE(0, 0, 3000, 3000)));
        b.addParticle(Particle.of(21, -1, FourMomentum.ofPxPyPzE(0, 0, -3000, 3000)));
        int[] mothers = {0, 1};
        for (FourMomentum p : momenta(n, rng)) {
            b.addParticle(Particle.of(p.mass() > 0 ? 211 : 22, 1, p).withMothers(mothers));
        }
        return b.build();
    }
}
