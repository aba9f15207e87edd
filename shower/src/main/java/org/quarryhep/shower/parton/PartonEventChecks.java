package org.quarryhep.shower.parton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;

/**
 * The checks {@link ShowerEventState} makes on its parton-level input: colour tags, momentum
 * conservation and closed colour lines, each failure naming the event and particle.
 */
final class PartonEventChecks {
    private static final double MOMENTUM_TOLERANCE = 1e-5;

    private final Event input;

    PartonEventChecks(Event input) {
        this.input = input;
    }

    /** The particle's four-momentum as {px, py, pz, E}. */
    static double[] momentum(Particle p) {
        return new double[] {
            p.momentum().px(), p.momentum().py(), p.momentum().pz(), p.momentum().e()
        };
    }

    /** A quark needs a colour, an antiquark an anticolour, a gluon both (LHE convention). */
    void checkTags(Particle p, int n) {
        int id = p.pdgId();
        boolean ok;
        if (id == 21) {
            ok = p.colour() != 0 && p.anticolour() != 0;
        } else if (id >= 1 && id <= 6) {
            ok = p.colour() != 0 && p.anticolour() == 0;
        } else if (id <= -1 && id >= -6) {
            ok = p.colour() == 0 && p.anticolour() != 0;
        } else {
            ok = true;
        }
        if (!ok) {
            throw invalid(
                    n,
                    PdgTable.name(id)
                            + " with colour "
                            + p.colour()
                            + " and anticolour "
                            + p.anticolour()
                            + " (a quark needs a colour, an antiquark an anticolour, a gluon both)");
        }
    }

    /** The error for one input particle, numbered from 1 as in the LHE file. */
    InvalidPartonEventException invalid(int particle, String what) {
        return new InvalidPartonEventException(
                "event " + input.number() + ", particle " + (particle + 1) + ": " + what);
    }

    /** Momentum and colour checks of one system: incoming (or the resonance) against products. */
    void checkSystem(List<Integer> in, List<Integer> out, String what) {
        double[] sum = new double[4];
        double scale = 0;
        for (int n : in) {
            double[] p = momentum(input.particle(n));
            sum = Vectors.add(sum, p);
            scale += Math.abs(p[3]);
        }
        for (int n : out) {
            sum = Vectors.sub(sum, momentum(input.particle(n)));
        }
        for (int c = 0; c < 4; c++) {
            if (Math.abs(sum[c]) > MOMENTUM_TOLERANCE * scale + 1e-9) {
                throw new InvalidPartonEventException(
                        String.format(
                                "event %d: momentum not conserved in %s (component %d off by %.4g"
                                        + " GeV)",
                                input.number(), what, c, sum[c]));
            }
        }
        Map<Integer, int[]> tags = new HashMap<>();
        for (int n : in) {
            Particle p = input.particle(n);
            count(tags, p.anticolour(), 0, n);
            count(tags, p.colour(), 1, n);
        }
        for (int n : out) {
            Particle p = input.particle(n);
            count(tags, p.colour(), 0, n);
            count(tags, p.anticolour(), 1, n);
        }
        for (var t : tags.entrySet()) {
            int[] c = t.getValue();
            if (c[0] != 1 || c[1] != 1) {
                throw invalid(
                        c[2],
                        "broken colour line "
                                + t.getKey()
                                + " in "
                                + what
                                + " (as colour "
                                + c[0]
                                + "x, as anticolour "
                                + c[1]
                                + "x; each line needs one of each)");
            }
        }
    }

    private static void count(Map<Integer, int[]> tags, int tag, int slot, int n) {
        if (tag != 0) {
            int[] c = tags.computeIfAbsent(tag, k -> new int[] {0, 0, n});
            c[slot]++;
        }
    }
}
