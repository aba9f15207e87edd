package org.quarryhep.shower.hadron;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.core.Position;
import org.quarryhep.core.Vertex;
import org.quarryhep.shower.decay.ParticleDataTable;
import org.quarryhep.shower.decay.PartonFragmenter;

/**
 * Lund string hadronisation of every colour singlet of final-state partons.
 *
 * <p>The colour lines (LHE-style colour and anticolour tags) are followed from each colour triplet
 * (quark, antidiquark) through the gluons to an antitriplet (antiquark, diquark); gluons whose
 * lines close on themselves form closed loops. Each gluon is a kink on its string: it is split into
 * a collinear quark–antiquark pair sharing its momentum (flavours u : d : s = 1 : 1 : probStoUD, as
 * a string break would give), and each straight piece between colour-connected partons fragments as
 * a Lund string ({@link StringFragmenter}). A piece too light for two hadrons becomes one hadron,
 * exchanging momentum with the heaviest other piece or hadron so that masses are right and
 * four-momentum is conserved exactly.
 *
 * <p>The partons get status {@value #HADRONIZED_STATUS} and an end vertex (one per colour singlet,
 * at the partons' production point, so that the hadrons of a displaced decay start there); the
 * primary hadrons are appended with status 1. Colourless particles are untouched.
 */
public final class Hadronization implements PartonFragmenter {
    /** Status of hadronised partons (HepMC3 range 11–200; Pythia's 71 "partons to hadronise"). */
    public static final int HADRONIZED_STATUS = 71;

    private final ParticleDataTable table;
    private final Flavours flavours;
    private final StringFragmenter fragmenter;

    /** Hadronisation with parameters and the particle table that gives hadron masses. */
    public Hadronization(HadronizationParameters params, ParticleDataTable table) {
        this.table = Objects.requireNonNull(table);
        this.flavours = new Flavours(Objects.requireNonNull(params));
        this.fragmenter = new StringFragmenter(params, flavours, table);
    }

    /**
     * The event with its final-state partons hadronised.
     *
     * @throws ColourFlowException when colour lines do not close among the final-state partons, or
     *     a colour singlet is too light for any hadron
     */
    public Event hadronize(Event partonLevel, SplittableRandom rng) {
        List<List<Integer>> singlets = ColourSinglets.of(partonLevel);
        if (singlets.isEmpty()) {
            return partonLevel;
        }
        String where = "event " + partonLevel.number();
        List<StringPiece> pieces = new ArrayList<>();
        for (int s = 0; s < singlets.size(); s++) {
            List<Integer> idx = singlets.get(s);
            int[] ids = new int[idx.size()];
            FourMomentum[] mom = new FourMomentum[idx.size()];
            for (int k = 0; k < ids.length; k++) {
                Particle q = partonLevel.particle(idx.get(k));
                ids[k] = q.pdgId();
                mom[k] = q.momentum();
            }
            pieces.addAll(chainPieces(ids, mom, s, rng));
        }
        List<List<PrimaryHadron>> hadrons = run(pieces, singlets.size(), rng, where);

        List<Particle> particles = new ArrayList<>(partonLevel.particles());
        List<Vertex> vertices = new ArrayList<>(partonLevel.vertices());
        for (int s = 0; s < singlets.size(); s++) {
            List<Integer> idx = singlets.get(s);
            Particle first = particles.get(idx.get(0));
            Position at =
                    first.productionVertex() >= 0
                            ? vertices.get(first.productionVertex()).position()
                            : Position.ORIGIN;
            int v = vertices.size();
            int[] in = idx.stream().mapToInt(Integer::intValue).toArray();
            int[] out = new int[hadrons.get(s).size()];
            for (int k = 0; k < out.length; k++) {
                PrimaryHadron h = hadrons.get(s).get(k);
                out[k] = particles.size();
                particles.add(Particle.of(h.id, 1, h.p).withVertices(v, -1));
            }
            for (int i : in) {
                Particle q = particles.get(i);
                particles.set(
                        i,
                        new Particle(
                                q.pdgId(),
                                HADRONIZED_STATUS,
                                q.momentum(),
                                q.generatedMass(),
                                q.mothers(),
                                q.productionVertex(),
                                v,
                                q.colour(),
                                q.anticolour(),
                                q.lifetimeMm(),
                                q.spin(),
                                q.attributes()));
            }
            vertices.add(new Vertex(0, at, in, out, null));
        }
        return partonLevel.toBuilder().optParticles(particles).optVertices(vertices).build();
    }

    @Override
    public List<Particle> fragment(int[] ids, FourMomentum[] momenta, SplittableRandom rng) {
        List<StringPiece> pieces = new ArrayList<>();
        boolean allGluons = true;
        for (int id : ids) {
            allGluons &= id == 21;
        }
        if (allGluons) {
            pieces.addAll(chainPieces(ids, momenta, 0, rng));
        } else {
            for (int k = 0; k + 1 < ids.length; k += 2) {
                boolean firstIsTriplet = Flavours.isTriplet(ids[k]);
                int c = firstIsTriplet ? k : k + 1;
                int a = firstIsTriplet ? k + 1 : k;
                pieces.add(new StringPiece(ids[c], momenta[c], ids[a], momenta[a], k / 2, false));
            }
        }
        try {
            List<Particle> out = new ArrayList<>();
            for (List<PrimaryHadron> system : run(pieces, (ids.length + 1) / 2, rng, "decay")) {
                for (PrimaryHadron h : system) {
                    out.add(Particle.of(h.id, 1, h.p));
                }
            }
            return out;
        } catch (ColourFlowException e) {
            return List.of();
        }
    }

    /**
     * The string pieces of one colour singlet: an open chain triplet–gluons–antitriplet, or a
     * closed gluon loop (all gluons), each gluon split into a collinear quark and antiquark.
     */
    private List<StringPiece> chainPieces(
            int[] ids, FourMomentum[] mom, int system, SplittableRandom rng) {
        int n = ids.length;
        boolean loop = ids[0] == 21;
        int[] f = new int[n];
        for (int k = 0; k < n; k++) {
            if (ids[k] == 21) {
                f[k] = flavours.quark(rng);
            }
        }
        List<StringPiece> out = new ArrayList<>();
        if (loop) {
            for (int k = 0; k < n; k++) {
                int next = (k + 1) % n;
                out.add(
                        new StringPiece(
                                f[k],
                                mom[k].times(0.5),
                                -f[next],
                                mom[next].times(0.5),
                                system,
                                true));
            }
            return out;
        }
        int colourId = ids[0];
        FourMomentum colourP = mom[0];
        for (int k = 1; k < n - 1; k++) {
            out.add(new StringPiece(colourId, colourP, -f[k], mom[k].times(0.5), system, false));
            colourId = f[k];
            colourP = mom[k].times(0.5);
        }
        out.add(new StringPiece(colourId, colourP, ids[n - 1], mom[n - 1], system, false));
        return out;
    }

    /** Hadronises the pieces; hadrons grouped by colour system. */
    private List<List<PrimaryHadron>> run(
            List<StringPiece> pieces, int systems, SplittableRandom rng, String where) {
        List<List<PrimaryHadron>> bySystem = new ArrayList<>();
        for (int s = 0; s < systems; s++) {
            bySystem.add(new ArrayList<>());
        }
        List<StringPiece> merged = mergeLight(pieces);
        List<PrimaryHadron> all = new ArrayList<>();
        // Light pieces first, so that they can take momentum from strings not yet fragmented.
        for (StringPiece pc : merged) {
            if (isLight(pc) && !pc.done) {
                collapse(pc, merged, all, bySystem, rng, where);
            }
        }
        for (StringPiece pc : merged) {
            if (pc.done) {
                continue;
            }
            List<Particle> hs =
                    fragmenter.fragment(pc.colourEnd, pc.pc, pc.anticolourEnd, pc.pa, rng);
            pc.done = true;
            if (hs == null) {
                collapse(pc, merged, all, bySystem, rng, where);
                continue;
            }
            for (Particle h : hs) {
                PrimaryHadron hadron = new PrimaryHadron(h.pdgId(), h.momentum());
                all.add(hadron);
                bySystem.get(pc.system).add(hadron);
            }
        }
        return bySystem;
    }

    private boolean isLight(StringPiece pc) {
        double threshold = lightest(pc.colourEnd) + lightest(pc.anticolourEnd);
        return !(pc.total().mass() > threshold);
    }

    /**
     * Joins each piece too light for two hadrons with a colour neighbour of its system (removing
     * the gluon kink between them: the soft gluon is absorbed into the ends), until every light
     * piece stands alone. Pieces of a system are in colour order; a closed loop wraps around.
     */
    private List<StringPiece> mergeLight(List<StringPiece> pieces) {
        List<StringPiece> out = new ArrayList<>(pieces);
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < out.size() && !merged; i++) {
                StringPiece a = out.get(i);
                if (!isLight(a)) {
                    continue;
                }
                int first = i;
                while (first > 0 && out.get(first - 1).system == a.system) {
                    first--;
                }
                int last = i;
                while (last + 1 < out.size() && out.get(last + 1).system == a.system) {
                    last++;
                }
                if (first == last) {
                    continue;
                }
                // Merge with the next piece (wrapping in a loop), else with the previous one.
                int c;
                int n;
                if (i < last) {
                    c = i;
                    n = i + 1;
                } else if (a.closed) {
                    c = i;
                    n = first;
                } else {
                    c = i - 1;
                    n = i;
                }
                StringPiece pc = out.get(c);
                StringPiece pn = out.get(n);
                boolean stillClosed = pc.closed && last - first + 1 > 2;
                StringPiece joined =
                        new StringPiece(
                                pc.colourEnd,
                                pc.total(),
                                pn.anticolourEnd,
                                pn.total(),
                                pc.system,
                                stillClosed);
                out.set(c, joined);
                out.remove(n);
                for (int k = first; k < last; k++) {
                    out.get(k).closed = stillClosed;
                }
                merged = true;
            }
        }
        return out;
    }

    /**
     * Makes one hadron of a piece too light for two, taking the momentum it lacks from the heaviest
     * piece not yet fragmented, or from a hadron already made.
     */
    private void collapse(
            StringPiece pc,
            List<StringPiece> pieces,
            List<PrimaryHadron> all,
            List<List<PrimaryHadron>> bySystem,
            SplittableRandom rng,
            String where) {
        pc.done = true;
        FourMomentum total = pc.total();
        int id = hadronOf(pc, rng, where);
        double m = table.sampleMass(id, Double.POSITIVE_INFINITY, rng);
        // Recoil partners, heaviest first: unfragmented pieces, then hadrons.
        List<Object> partners = new ArrayList<>();
        for (StringPiece other : pieces) {
            if (!other.done && other != pc) {
                partners.add(other);
            }
        }
        partners.addAll(all);
        partners.sort(
                (x, y) -> Double.compare(MomentumShuffle.massOf(y), MomentumShuffle.massOf(x)));
        for (Object partner : partners) {
            if (partner instanceof StringPiece op && isLight(op)) {
                // Two light singlets side by side: each becomes one hadron, sharing their momenta.
                int id2 = hadronOf(op, rng, where);
                double m2 = table.sampleMass(id2, Double.POSITIVE_INFINITY, rng);
                FourMomentum[] pair = MomentumShuffle.twoBody(total, m, op.total(), m2);
                if (pair == null) {
                    continue;
                }
                op.done = true;
                PrimaryHadron h = new PrimaryHadron(id, pair[0]);
                PrimaryHadron h2 = new PrimaryHadron(id2, pair[1]);
                all.add(h);
                all.add(h2);
                bySystem.get(pc.system).add(h);
                bySystem.get(op.system).add(h2);
                return;
            }
            if (partner instanceof StringPiece op) {
                FourMomentum hadron = takeFromString(total, m, op);
                if (hadron != null) {
                    PrimaryHadron h = new PrimaryHadron(id, hadron);
                    all.add(h);
                    bySystem.get(pc.system).add(h);
                    return;
                }
                continue;
            }
            FourMomentum[] shuffled =
                    MomentumShuffle.twoBody(
                            total, m, ((PrimaryHadron) partner).p, MomentumShuffle.massOf(partner));
            if (shuffled == null) {
                continue;
            }
            ((PrimaryHadron) partner).p = shuffled[1];
            PrimaryHadron h = new PrimaryHadron(id, shuffled[0]);
            all.add(h);
            bySystem.get(pc.system).add(h);
            return;
        }
        FourMomentum withAll = MomentumShuffle.withAll(total, m, partners);
        if (withAll != null) {
            PrimaryHadron h = new PrimaryHadron(id, withAll);
            all.add(h);
            bySystem.get(pc.system).add(h);
            return;
        }
        // Alone and flavour-diagonal (q q̄, as a light gluon loop gives): annihilate into a light
        // pair, which can make two pions.
        if (pc.colourEnd == -pc.anticolourEnd && pc.colourEnd > 0 && pc.colourEnd != 1) {
            List<Particle> two = fragmenter.fragment(1, pc.pc, -1, pc.pa, rng);
            if (two != null) {
                for (Particle q : two) {
                    PrimaryHadron h = new PrimaryHadron(q.pdgId(), q.momentum());
                    all.add(h);
                    bySystem.get(pc.system).add(h);
                }
                return;
            }
        }
        throw pieceError(
                where,
                pc,
                total.mass(),
                "is too light for two hadrons and has nothing to recoil against");
    }

    /** The error for a colour-singlet piece that cannot be hadronised, naming its ends and mass. */
    private static ColourFlowException pieceError(
            String where, StringPiece pc, double mass, String problem) {
        return new ColourFlowException(
                where
                        + ": a colour singlet piece "
                        + PdgTable.name(pc.colourEnd)
                        + " – "
                        + PdgTable.name(pc.anticolourEnd)
                        + " of mass "
                        + mass
                        + " GeV "
                        + problem);
    }

    /** A hadron for the flavours of a piece's two ends. */
    private int hadronOf(StringPiece pc, SplittableRandom rng, String where) {
        int id = 0;
        for (int k = 0; k < 100 && id == 0; k++) {
            id = flavours.hadron(pc.colourEnd, pc.anticolourEnd, rng);
        }
        if (id == 0) {
            throw pieceError(where, pc, pc.total().mass(), "forms no hadron");
        }
        return id;
    }

    /**
     * The momentum of a hadron of mass m made from a light piece of momentum {@code light}, the
     * energy it lacks taken from string piece {@code string}, which gives up invariant mass (as
     * Pythia does for a ministring collapsing beside a string): in the pair's rest frame both keep
     * their three-momenta, so the string's mass falls to what energy is left. Null (and the string
     * unchanged) when the string would be left too light for two hadrons.
     */
    private FourMomentum takeFromString(FourMomentum light, double m, StringPiece string) {
        FourMomentum total = light.plus(string.total());
        double w = total.mass();
        double[] beta = total.boostVector();
        FourMomentum lr = light.boost(-beta[0], -beta[1], -beta[2]);
        double q2 = lr.px() * lr.px() + lr.py() * lr.py() + lr.pz() * lr.pz();
        double eString = w - Math.sqrt(q2 + m * m);
        double threshold = lightest(string.colourEnd) + lightest(string.anticolourEnd);
        double mString2 = eString * eString - q2;
        if (!(eString > 0 && mString2 > threshold * threshold)) {
            return null;
        }
        FourMomentum hadron =
                FourMomentum.ofPxPyPzM(lr.px(), lr.py(), lr.pz(), m)
                        .boost(beta[0], beta[1], beta[2]);
        if (!string.reshape(total.minus(hadron))) {
            return null;
        }
        return hadron;
    }

    /** The lightest hadron mass an end flavour can be part of (with a new u or d), GeV. */
    private double lightest(int f) {
        int a = Math.abs(f);
        if (a > 1000) {
            int q1 = a / 1000;
            int q2 = (a / 100) % 10;
            int s = (q1 == 3 ? 1 : 0) + (q2 == 3 ? 1 : 0);
            return s == 0 ? table.mass(2212) : s == 1 ? table.mass(3122) : table.mass(3322);
        }
        return switch (a) {
            case 3 -> table.mass(321);
            case 4 -> table.mass(421);
            case 5 -> table.mass(521);
            default -> table.mass(111);
        };
    }
}
