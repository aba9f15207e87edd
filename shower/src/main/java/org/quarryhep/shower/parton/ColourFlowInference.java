package org.quarryhep.shower.parton;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;

/**
 * Colour lines for events written without any (some generators, e.g. Sherpa's LHE output): when the
 * incoming particles are colourless and the outgoing coloured partons are one quark, one antiquark
 * and up to four gluons, the planar order q g…g q̄ is drawn with the leading-colour antenna weight
 * 1/[(p_q·p_g₁)(p_g₁·p_g₂)…(p_gₙ·p_q̄)] (the soft-gluon limit of the colour-ordered amplitudes).
 * Any other untagged coloured final state is refused.
 */
final class ColourFlowInference {
    private static final int MAX_GLUONS = 4;

    private ColourFlowInference() {}

    static Event complete(Event e, SplittableRandom rng) {
        List<Integer> coloured = new ArrayList<>();
        for (int n = 0; n < e.particles().size(); n++) {
            Particle p = e.particle(n);
            if (p.colour() != 0 || p.anticolour() != 0) {
                return e;
            }
            if (isColoured(p.pdgId())) {
                if (p.status() == -1) {
                    throw refuse(e, n, "an incoming coloured parton without colour tags");
                }
                if (p.status() == 1) {
                    coloured.add(n);
                }
            }
        }
        if (coloured.isEmpty()) {
            return e;
        }
        int quark = -1;
        int antiquark = -1;
        List<Integer> gluons = new ArrayList<>();
        for (int n : coloured) {
            int id = e.particle(n).pdgId();
            if (id == 21) {
                gluons.add(n);
            } else if (id > 0 && quark < 0) {
                quark = n;
            } else if (id < 0 && antiquark < 0) {
                antiquark = n;
            } else {
                throw refuse(e, n, "no colour tags, and more than one quark line to infer");
            }
        }
        if (quark < 0 || antiquark < 0 || gluons.size() > MAX_GLUONS) {
            throw refuse(e, coloured.get(0), "no colour tags, and no single q qbar line to infer");
        }
        List<int[]> orders = new ArrayList<>();
        permutations(gluons.stream().mapToInt(Integer::intValue).toArray(), 0, orders);
        double[] w = new double[orders.size()];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            int prev = quark;
            double prod = 1;
            for (int g : orders.get(k)) {
                prod *= dot(e, prev, g);
                prev = g;
            }
            prod *= dot(e, prev, antiquark);
            w[k] = 1 / prod;
            sum += w[k];
        }
        double r = rng.nextDouble() * sum;
        int pick = 0;
        while (pick < w.length - 1 && r >= w[pick]) {
            r -= w[pick];
            pick++;
        }
        List<Particle> ps = new ArrayList<>(e.particles());
        int tag = 501;
        ps.set(quark, withColours(ps.get(quark), tag, 0));
        for (int g : orders.get(pick)) {
            ps.set(g, withColours(ps.get(g), tag + 1, tag));
            tag++;
        }
        ps.set(antiquark, withColours(ps.get(antiquark), 0, tag));
        return e.toBuilder().optParticles(ps).build();
    }

    private static boolean isColoured(int id) {
        return id == 21 || (Math.abs(id) >= 1 && Math.abs(id) <= 6);
    }

    private static double dot(Event e, int a, int b) {
        return e.particle(a).momentum().dot(e.particle(b).momentum());
    }

    private static void permutations(int[] a, int k, List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permutations(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }

    private static Particle withColours(Particle p, int col, int acol) {
        return new Particle(
                p.pdgId(),
                p.status(),
                p.momentum(),
                p.generatedMass(),
                p.mothers(),
                p.productionVertex(),
                p.endVertex(),
                col,
                acol,
                p.lifetimeMm(),
                p.spin(),
                p.attributes());
    }

    private static InvalidPartonEventException refuse(Event e, int n, String what) {
        return new InvalidPartonEventException(
                "event " + e.number() + ", particle " + (n + 1) + ": " + what);
    }
}
