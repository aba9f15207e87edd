package org.quarryhep.gen.treelevel;

import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.phasespace.TwoBody;

/**
 * One phase-space channel: the partonic ŝ drawn along {@code topMap}, then the final state built by
 * successive two-body splittings along a binary tree whose internal nodes (clusters of final-state
 * particles) draw their invariant mass along their own {@link InvariantMassMap} — a Breit–Wigner
 * where the cluster is an s-channel resonance of the diagrams, 1/(m² + c) for a massless
 * propagator. Angles are uniform in each cluster's rest frame (VEGAS adapts them).
 *
 * <p>The density of a point in the n-body phase-space measure dΦ_n follows from the factorisation
 * dΦ_n(P) = dΦ_2(P; Q, R) dΦ(Q) dΦ(R) dQ²/2π dR²/2π with dΦ_2 = p* dΩ/(16π² M): each split
 * contributes 4πM over p*, each internal cluster 2π ρ(m²). It depends on invariants only, so {@link
 * #density} can be evaluated for a point any channel generated — what multichannel weights need.
 */
final class PhaseSpaceChannel {

    /**
     * A node of the splitting tree: a leaf (one final-state slot) or a cluster split in two.
     *
     * @param slot the final-state index of a leaf, −1 for a cluster
     * @param a first part (null for a leaf)
     * @param b second part (null for a leaf)
     * @param map how the cluster's mass is drawn (null for leaves and the top)
     * @param minMass the lowest mass of the node (masses, or a cut such as {@code mmll}), GeV
     * @param maxMass the highest mass of the node (a decay chain's window), GeV
     */
    record Node(int slot, Node a, Node b, InvariantMassMap map, double minMass, double maxMass) {
        /** A node without an upper mass bound of its own. */
        Node(int slot, Node a, Node b, InvariantMassMap map, double minMass) {
            this(slot, a, b, map, minMass, Double.POSITIVE_INFINITY);
        }

        boolean leaf() {
            return a == null;
        }

        int mask() {
            return leaf() ? 1 << slot : a.mask() | b.mask();
        }

        String describe() {
            if (leaf()) {
                return Integer.toString(slot);
            }
            String inner = a.describe() + " " + b.describe();
            return map == null ? inner : map.label() + "(" + inner + ")";
        }
    }

    private final Node top;
    private final InvariantMassMap topMap;
    private final double[] masses;
    private final double tChannelPt;

    /**
     * A channel.
     *
     * @param top the root of the splitting tree (the whole final state)
     * @param topMap how ŝ is drawn
     * @param masses the final-state masses by slot
     * @param tChannelPt 0 for a uniform cos θ at the first split; else the transverse momentum
     *     (GeV) below which jets are cut, which sets the t-channel map of that cos θ
     */
    PhaseSpaceChannel(Node top, InvariantMassMap topMap, double[] masses, double tChannelPt) {
        this.top = top;
        this.topMap = topMap;
        this.masses = masses.clone();
        this.tChannelPt = tChannelPt;
    }

    /**
     * The density of cos θ of the first split on [−1, 1]: uniform, or the t- and u-channel map
     * ½[1/(N a₊²) + 1/(N a₋²)], a± = 1 ∓ cos θ + δ, N = 1/δ − 1/(2 + δ), δ = 2p_T²/ŝ — the 1/t²
     * pole of a massless exchange (t = −ŝ(1 − cos θ)/2) flattened down to the p_T cut.
     */
    private double cosDensity(double cos, double shat) {
        if (tChannelPt <= 0) {
            return 0.5;
        }
        double delta = 2 * tChannelPt * tChannelPt / shat;
        double norm = 1 / delta - 1 / (2 + delta);
        double ap = 1 - cos + delta;
        double am = 1 + cos + delta;
        return (0.5 + 1 / (norm * ap * ap) + 1 / (norm * am * am)) / 3;
    }

    /** cos θ of the first split from a uniform u (see {@link #cosDensity}). */
    private double topCos(double u, double shat) {
        if (tChannelPt <= 0) {
            return 2 * u - 1;
        }
        double delta = 2 * tChannelPt * tChannelPt / shat;
        double norm = 1 / delta - 1 / (2 + delta);
        if (u < 1.0 / 3) {
            return 6 * u - 1;
        }
        boolean forward = u < 2.0 / 3;
        double v = forward ? 3 * u - 1 : 3 * u - 2;
        double a = 1 / (1 / delta - v * norm);
        double cos = forward ? 1 + delta - a : -(1 + delta - a);
        return Math.max(-1, Math.min(1, cos));
    }

    /** The uniform numbers one point uses: ŝ, y, the n − 2 cluster masses and 2(n − 1) angles. */
    int dimensions() {
        return 3 * masses.length - 2;
    }

    /** A readable description, e.g. {@code z(0 1) 2}. */
    String description() {
        return topMap.label() + "[" + top.describe() + "]";
    }

    /** ŝ for a uniform u in [lo, hi]. */
    double shat(double u, double lo, double hi) {
        return topMap.m2(u, lo, hi);
    }

    /** The density of ŝ. */
    double shatDensity(double shat, double lo, double hi) {
        return topMap.density(shat, lo, hi);
    }

    /**
     * Builds the final state of a system P (its mass √ŝ) from the channel's uniform numbers {@code
     * x[offset + 2 …]}.
     *
     * @param x the uniform numbers
     * @param offset where this channel's block starts ({@code x[offset]} is ŝ, {@code x[offset +
     *     1]} the rapidity)
     * @param total the system's momentum
     * @param out filled with the final-state momenta by slot
     * @return false when the point lies outside the phase space
     */
    boolean build(double[] x, int offset, FourMomentum total, FourMomentum[] out) {
        int[] cursor = {offset + 2};
        return split(top, total, x, cursor, out);
    }

    private boolean split(Node node, FourMomentum p, double[] x, int[] cursor, FourMomentum[] out) {
        if (node.leaf()) {
            out[node.slot()] = p;
            return true;
        }
        double m = p.mass();
        Node a = node.a();
        Node b = node.b();
        double ma = a.leaf() ? masses[a.slot()] : 0;
        double mb = b.leaf() ? masses[b.slot()] : 0;
        if (!a.leaf()) {
            double m2 = a.map().m2(x[cursor[0]++], sq(a.minMass()), upper(a, m - b.minMass()));
            if (!(m2 >= 0)) {
                return false;
            }
            ma = Math.sqrt(m2);
        }
        if (!b.leaf()) {
            double m2 = b.map().m2(x[cursor[0]++], sq(b.minMass()), upper(b, m - ma));
            if (!(m2 >= 0)) {
                return false;
            }
            mb = Math.sqrt(m2);
        }
        double pstar = TwoBody.momentum(m, ma, mb);
        if (!(pstar > 0)) {
            return false;
        }
        double cos = node == top ? topCos(x[cursor[0]++], m * m) : 2 * x[cursor[0]++] - 1;
        double phi = 2 * Math.PI * x[cursor[0]++];
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double px = pstar * sin * Math.cos(phi);
        double py = pstar * sin * Math.sin(phi);
        double pz = pstar * cos;
        double bx = p.px() / p.e();
        double by = p.py() / p.e();
        double bz = p.pz() / p.e();
        FourMomentum qa =
                new FourMomentum(px, py, pz, Math.sqrt(pstar * pstar + ma * ma)).boost(bx, by, bz);
        FourMomentum qb =
                new FourMomentum(-px, -py, -pz, Math.sqrt(pstar * pstar + mb * mb))
                        .boost(bx, by, bz);
        return split(a, qa, x, cursor, out) && split(b, qb, x, cursor, out);
    }

    /**
     * The density of a final state in dΦ_n with respect to this channel's splittings (ŝ and the
     * rapidity excluded), 0 where the channel cannot reach it.
     *
     * @param momenta the final-state momenta by slot
     * @return the density
     */
    double density(FourMomentum[] momenta) {
        return density(top, momenta);
    }

    private double density(Node node, FourMomentum[] momenta) {
        if (node.leaf()) {
            return 1;
        }
        double m = mass(node, momenta);
        Node a = node.a();
        Node b = node.b();
        double ma = mass(a, momenta);
        double mb = mass(b, momenta);
        double d = 1;
        if (!a.leaf()) {
            d *= 2 * Math.PI * a.map().density(ma * ma, sq(a.minMass()), upper(a, m - b.minMass()));
        }
        if (!b.leaf()) {
            d *= 2 * Math.PI * b.map().density(mb * mb, sq(b.minMass()), upper(b, m - ma));
        }
        if (d == 0) {
            return 0;
        }
        double pstar = TwoBody.momentum(m, ma, mb);
        if (!(pstar > 0)) {
            return 0;
        }
        d *= 4 * Math.PI * m / pstar;
        if (node == top && tChannelPt > 0) {
            FourMomentum rest = sum(a, momenta).inRestFrameOf(sum(node, momenta));
            d *= 2 * cosDensity(rest.pz() / rest.p(), m * m);
        }
        return d * density(a, momenta) * density(b, momenta);
    }

    /** A leaf's nominal mass (rounding makes p² of a massless particle ±ε), a cluster's m. */
    private double mass(Node node, FourMomentum[] momenta) {
        return node.leaf() ? masses[node.slot()] : Math.sqrt(Math.max(0, sum(node, momenta).m2()));
    }

    private static FourMomentum sum(Node node, FourMomentum[] momenta) {
        if (node.leaf()) {
            return momenta[node.slot()];
        }
        return sum(node.a(), momenta).plus(sum(node.b(), momenta));
    }

    /** The highest m² of a cluster: what its parent leaves, or its own window. */
    private static double upper(Node node, double room) {
        return room <= 0 ? 0 : sq(Math.min(room, node.maxMass()));
    }

    private static double sq(double v) {
        return v * v;
    }
}
