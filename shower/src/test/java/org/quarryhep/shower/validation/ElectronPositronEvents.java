package org.quarryhep.shower.validation;

import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.process.DrellYanProcess;

/**
 * e⁺e⁻ → γ*, Z → q q̄ at √s for the five light flavours, in LHE conventions: the flavour and the
 * angle drawn from gen's γ–Z matrix element (the same as the {@code ee-qq} process), massless
 * quarks, one colour line.
 */
public final class ElectronPositronEvents {
    private static final int[] FLAVOURS = {1, 2, 3, 4, 5};
    private final double rs;
    private final StandardModel sm = StandardModel.madgraphDefaults();
    private final double max;

    /** Events at √s (GeV). */
    public ElectronPositronEvents(double rs) {
        this.rs = rs;
        double m = 0;
        for (int k = 0; k <= 40; k++) {
            m = Math.max(m, weight(-1 + k / 20.0));
        }
        this.max = 1.2 * m;
    }

    private double flavourWeight(int q, double cos) {
        double s = rs * rs;
        return DrellYanProcess.matrixElement(sm, q, s, -0.5 * s * (1 - cos), -0.5 * s * (1 + cos));
    }

    private double weight(double cos) {
        double w = 0;
        for (int q : FLAVOURS) {
            w += flavourWeight(q, cos);
        }
        return w;
    }

    /** Event {@code number}, drawn with {@code rng}. */
    public Event next(int number, SplittableRandom rng) {
        double cos;
        do {
            cos = 2 * rng.nextDouble() - 1;
        } while (rng.nextDouble() * max > weight(cos));
        double pick = rng.nextDouble() * weight(cos);
        int k = 0;
        while (k < FLAVOURS.length - 1 && pick >= flavourWeight(FLAVOURS[k], cos)) {
            pick -= flavourWeight(FLAVOURS[k], cos);
            k++;
        }
        int q = FLAVOURS[k];
        double e = rs / 2;
        double sin = Math.sqrt(1 - cos * cos);
        double phi = 2 * Math.PI * rng.nextDouble();
        double[] pq = {e * sin * Math.cos(phi), e * sin * Math.sin(phi), e * cos, e};
        Event.Builder b = Event.builder().optNumber(number).optScale(rs);
        b.addParticle(particle(11, -1, new double[] {0, 0, e, e}, 0, 0));
        b.addParticle(particle(-11, -1, new double[] {0, 0, -e, e}, 0, 0));
        b.addParticle(particle(q, 1, pq, 501, 0, 0, 1));
        b.addParticle(particle(-q, 1, new double[] {-pq[0], -pq[1], -pq[2], e}, 0, 501, 0, 1));
        return b.build();
    }

    private static Particle particle(int id, int status, double[] p, int col, int acol, int... m) {
        return new Particle(
                id,
                status,
                new FourMomentum(p[0], p[1], p[2], p[3]),
                0,
                m,
                -1,
                -1,
                col,
                acol,
                0,
                9,
                Map.of());
    }
}
