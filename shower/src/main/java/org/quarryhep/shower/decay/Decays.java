package org.quarryhep.shower.decay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.Vertex;

/**
 * Decays every unstable status-1 particle of an event, recursively, with the channels of a {@link
 * ParticleDataTable}: the particle gets status 2 and an end vertex at its decay point (exponential
 * proper decay length with mean c·τ, times βγ; vertex positions in mm), its products are appended
 * with status 1. Particles not in the table (new-physics states, partons) are left as they are.
 *
 * <p>Kinematics: flat phase space unless the channel names a matrix element ({@link DecayModel}); τ
 * decays follow the τ polarisation ({@link TauPolarisation}). Widths give the products Breit–Wigner
 * masses within the parent's mass.
 */
public final class Decays {
    private static final int MAX_TRIES = 200;
    private static final int DECAYED = 2;

    private final ParticleDataTable table;
    private final DecayParameters params;
    private final PartonFragmenter fragmenter;

    /**
     * Decays with a particle table, settings, and the string model for inclusive partonic channels.
     */
    public Decays(ParticleDataTable table, DecayParameters params, PartonFragmenter fragmenter) {
        this.table = Objects.requireNonNull(table);
        this.params = Objects.requireNonNull(params);
        this.fragmenter = Objects.requireNonNull(fragmenter);
    }

    /** The particle table in use. */
    public ParticleDataTable table() {
        return table;
    }

    /**
     * The event with every unstable final-state particle decayed.
     *
     * @throws DecayException when a particle cannot decay in any of its channels (its mass below
     *     every threshold)
     */
    public Event decay(Event event, SplittableRandom rng) {
        List<Particle> particles = new ArrayList<>(event.particles());
        List<Vertex> vertices = new ArrayList<>(event.vertices());
        Event current = event;
        boolean changed = false;
        for (int i = 0; i < particles.size(); i++) {
            Particle p = particles.get(i);
            if (!p.isFinal() || !decays(p.pdgId())) {
                continue;
            }
            double polarisation = 0;
            if (Math.abs(p.pdgId()) == 15) {
                if (changed) {
                    current =
                            event.toBuilder().optParticles(particles).optVertices(vertices).build();
                    changed = false;
                }
                polarisation = TauPolarisation.of(current, i);
            }
            List<Particle> products = decayOne(p, polarisation, rng, event.number());
            ParticleEntry entry = table.get(p.pdgId());
            Position origin =
                    p.productionVertex() >= 0
                            ? vertices.get(p.productionVertex()).position()
                            : Position.ORIGIN;
            Position where = origin.plus(displacement(entry, p.momentum(), rng));
            int v = vertices.size();
            int[] out = new int[products.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = particles.size();
                particles.add(products.get(k).withVertices(v, -1).withMothers(i));
            }
            vertices.add(new Vertex(0, where, new int[] {i}, out, null));
            particles.set(i, p.withStatus(DECAYED).withVertices(p.productionVertex(), v));
            changed = true;
        }
        return event.toBuilder().optParticles(particles).optVertices(vertices).build();
    }

    private boolean decays(int pdgId) {
        var entry = table.find(pdgId);
        if (entry.isEmpty() || entry.get().stable()) {
            return false;
        }
        if (Math.abs(pdgId) == 15 && !params.decayTaus()) {
            return false;
        }
        return !(entry.get().ctauMm() > params.stableAboveCtauMm());
    }

    private Position displacement(ParticleEntry entry, FourMomentum p, SplittableRandom rng) {
        if (!(entry.ctauMm() > params.displacedAboveCtauMm())) {
            return Position.ORIGIN;
        }
        double m = p.mass();
        double proper = -entry.ctauMm() * Math.log(1 - rng.nextDouble());
        return new Position(
                proper * p.px() / m, proper * p.py() / m, proper * p.pz() / m, proper * p.e() / m);
    }

    /** The products (status 1, no relations) of one decay, in the lab frame. */
    List<Particle> decayOne(Particle parent, double polarisation, SplittableRandom rng, long ev) {
        ParticleEntry entry = table.get(parent.pdgId());
        boolean anti = parent.pdgId() < 0;
        FourMomentum p = parent.momentum();
        double mass = p.mass();
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            DecayChannel ch = pick(entry, rng);
            int[] ids = ch.products().clone();
            if (anti) {
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = table.conjugate(ids[k]);
                }
            }
            if (ids.length == 1) {
                return List.of(Particle.of(ids[0], 1, p));
            }
            List<Particle> rest =
                    ch.model() == DecayModel.PARTONIC
                            ? partonic(ids, mass, rng)
                            : exclusive(ch.model(), ids, mass, anti, polarisation, p, rng);
            if (rest == null) {
                continue;
            }
            double[] b = p.boostVector();
            List<Particle> lab = new ArrayList<>(rest.size());
            for (Particle q : rest) {
                lab.add(q.withMomentum(q.momentum().boost(b[0], b[1], b[2])));
            }
            return lab;
        }
        throw new DecayException(
                String.format(
                        "event %d: %s of mass %.6g GeV cannot decay in any channel",
                        ev, parent, mass));
    }

    private static DecayChannel pick(ParticleEntry entry, SplittableRandom rng) {
        double r = rng.nextDouble();
        List<DecayChannel> chs = entry.channels();
        for (DecayChannel c : chs) {
            r -= c.branchingRatio();
            if (r < 0) {
                return c;
            }
        }
        return chs.get(chs.size() - 1);
    }

    /** Rest-frame products of an exclusive channel, or null when its masses do not fit. */
    private List<Particle> exclusive(
            DecayModel model,
            int[] ids,
            double mass,
            boolean anti,
            double polarisation,
            FourMomentum parentLab,
            SplittableRandom rng) {
        double[] masses = productMasses(ids, mass, rng);
        if (masses == null) {
            return null;
        }
        // Spin axis in the rest frame: the parent's flight direction (helicity frame).
        double[] axis = direction(parentLab);
        double spin = axis == null ? 0 : polarisation;
        for (int tries = 0; tries < 100_000; tries++) {
            FourMomentum[] k = PhaseSpace.generate(mass, masses, rng);
            double w =
                    switch (model) {
                        case TAU_LEPTONIC -> tauLeptonicWeight(k, mass, anti, spin, axis);
                        case TAU_TWO_BODY -> tauTwoBodyWeight(ids[1], k, mass, anti, spin, axis);
                        case VECTOR_TO_THREE_PIONS -> threePionWeight(k, mass, masses);
                        default -> 1;
                    };
            if (w >= rng.nextDouble()) {
                List<Particle> out = new ArrayList<>(ids.length);
                for (int j = 0; j < ids.length; j++) {
                    out.add(Particle.of(ids[j], 1, k[j]));
                }
                return out;
            }
        }
        throw new IllegalStateException("decay matrix element not sampled for " + model);
    }

    /** Masses for the products (Breit–Wigner for broad ones), or null when they do not fit. */
    private double[] productMasses(int[] ids, double mass, SplittableRandom rng) {
        double[] min = new double[ids.length];
        double sumMin = 0;
        for (int j = 0; j < ids.length; j++) {
            min[j] = table.minMass(ids[j]);
            sumMin += min[j];
        }
        if (!(sumMin < mass)) {
            return null;
        }
        double[] m = new double[ids.length];
        for (int tries = 0; tries < 100; tries++) {
            double sum = 0;
            for (int j = 0; j < ids.length; j++) {
                m[j] = table.sampleMass(ids[j], mass - (sumMin - min[j]), rng);
                sum += m[j];
            }
            if (sum < mass) {
                return m;
            }
        }
        return null;
    }

    private List<Particle> partonic(int[] ids, double mass, SplittableRandom rng) {
        double[] masses = new double[ids.length];
        double sum = 0;
        for (int j = 0; j < ids.length; j++) {
            masses[j] = table.mass(ids[j]);
            sum += masses[j];
        }
        if (!(sum < mass)) {
            return null;
        }
        FourMomentum[] k = PhaseSpace.generate(mass, masses, rng);
        List<Integer> coloured = new ArrayList<>();
        List<Particle> out = new ArrayList<>();
        for (int j = 0; j < ids.length; j++) {
            if (isColoured(ids[j])) {
                coloured.add(j);
            } else {
                out.add(Particle.of(ids[j], 1, k[j]));
            }
        }
        int[] cid = new int[coloured.size()];
        FourMomentum[] cp = new FourMomentum[coloured.size()];
        for (int j = 0; j < cid.length; j++) {
            cid[j] = ids[coloured.get(j)];
            cp[j] = k[coloured.get(j)];
        }
        List<Particle> hadrons = fragmenter.fragment(cid, cp, rng);
        if (hadrons.isEmpty()) {
            return null;
        }
        out.addAll(hadrons);
        return out;
    }

    private static boolean isColoured(int id) {
        int a = Math.abs(id);
        return a <= 6 || a == 21 || (a > 1000 && a < 6000 && (a / 10) % 10 == 0);
    }

    private static double[] direction(FourMomentum p) {
        double norm = p.p();
        return norm > 0 ? new double[] {p.px() / norm, p.py() / norm, p.pz() / norm} : null;
    }

    /**
     * |M|² of τ⁻ → ℓ⁻ ν̄ ν_τ ∝ ((p − m s)·p_ν̄)(p_ℓ·p_ντ), τ⁺ with +m s, over its bound m⁴/2. In
     * the rest frame s = (0, P·axis), so (p ∓ m s)·q = m (E_q ± P axis·q⃗).
     */
    private static double tauLeptonicWeight(
            FourMomentum[] k, double m, boolean anti, double spin, double[] axis) {
        FourMomentum lepton = k[0];
        FourMomentum nuLepton = k[1];
        FourMomentum nuTau = k[2];
        double sq = axis == null ? 0 : dot3(axis, nuLepton);
        double first = m * (nuLepton.e() + (anti ? -1 : 1) * spin * sq);
        double second = lepton.dot(nuTau);
        return first * second / (0.5 * m * m * m * m);
    }

    /** τ → ν X: X along the spin axis with 1 ± P α cos θ, over its bound 1 + |α P|. */
    private double tauTwoBodyWeight(
            int hadron, FourMomentum[] k, double m, boolean anti, double spin, double[] axis) {
        if (axis == null || spin == 0) {
            return 1;
        }
        FourMomentum x = k[1];
        double alpha = 1;
        if (Math.abs(hadron) % 10 == 3) {
            double mx2 = x.m2();
            alpha = (m * m - 2 * mx2) / (m * m + 2 * mx2);
        }
        double cos = dot3(axis, x) / x.p();
        double a = (anti ? -1 : 1) * spin * alpha;
        return (1 + a * cos) / (1 + Math.abs(a));
    }

    /** |p⃗₁ × p⃗₂|² for V → π⁺π⁻π⁰ over its bound p_max⁴. */
    private static double threePionWeight(FourMomentum[] k, double mass, double[] masses) {
        double cx = k[0].py() * k[1].pz() - k[0].pz() * k[1].py();
        double cy = k[0].pz() * k[1].px() - k[0].px() * k[1].pz();
        double cz = k[0].px() * k[1].py() - k[0].py() * k[1].px();
        double pmax = PhaseSpace.twoBodyMomentum(mass, masses[0], masses[1] + masses[2]);
        return (cx * cx + cy * cy + cz * cz) / (pmax * pmax * pmax * pmax);
    }

    private static double dot3(double[] a, FourMomentum b) {
        return a[0] * b.px() + a[1] * b.py() + a[2] * b.pz();
    }

    /** A particle that cannot decay: its mass is below every open channel. */
    public static final class DecayException extends QuarryException {
        private static final long serialVersionUID = 1L;

        /** Creates the exception with a message naming the event and particle. */
        public DecayException(String message) {
            super(message);
        }
    }
}
