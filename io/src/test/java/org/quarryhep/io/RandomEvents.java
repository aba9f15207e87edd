package org.quarryhep.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.Position;
import org.quarryhep.core.RunInfo;
import org.quarryhep.core.Vertex;

/**
 * Random events holding exactly what each format can hold, with awkward doubles (subnormals,
 * extremes, −0.0, long mantissas) to test that numbers survive writing and reading bit for bit.
 */
final class RandomEvents {
    private final Random rnd;

    RandomEvents(long seed) {
        this.rnd = new Random(seed);
    }

    double number() {
        return switch (rnd.nextInt(10)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> Double.MIN_VALUE * (1 + rnd.nextInt(1000));
            case 3 -> Double.MAX_VALUE * rnd.nextDouble();
            case 4 ->
                    (rnd.nextBoolean() ? 1 : -1)
                            * Math.scalb(rnd.nextDouble(), rnd.nextInt(2000) - 1000);
            case 5 -> rnd.nextInt(2000) - 1000;
            case 6 -> Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL);
            default -> (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(12) - 4);
        };
    }

    private double maybeNaN() {
        return rnd.nextInt(4) == 0 ? Double.NaN : number();
    }

    private String token() {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.";
        int n = 1 + rnd.nextInt(8);
        StringBuilder sb = new StringBuilder();
        sb.append((char) ('a' + rnd.nextInt(26)));
        for (int i = 1; i < n; i++) {
            sb.append(letters.charAt(rnd.nextInt(letters.length())));
        }
        return sb.toString();
    }

    private FourMomentum momentum() {
        return new FourMomentum(number(), number(), number(), number());
    }

    private List<String> names(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(token() + i);
        }
        return out;
    }

    private double[] weights(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = number();
        }
        return w;
    }

    RunInfo lheRun() {
        List<RunInfo.ProcessInfo> procs = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            procs.add(new RunInfo.ProcessInfo(rnd.nextInt(1000), number(), number(), number()));
        }
        return new RunInfo(
                "",
                new RunInfo.Beam(2212, Math.abs(number())),
                new RunInfo.Beam(-2212, Math.abs(number())),
                rnd.nextInt(5),
                rnd.nextInt(5),
                rnd.nextInt(300000),
                rnd.nextInt(300000),
                rnd.nextInt(9) - 4,
                procs,
                null,
                null,
                "",
                null);
    }

    /** LHE events: mothers, colours, lifetimes, spins, named weights; no vertices. */
    List<Event> lheEvents() {
        int count = 1 + rnd.nextInt(3);
        int extra = rnd.nextInt(3);
        List<String> names = new ArrayList<>();
        if (extra > 0) {
            names.add("XWGTUP");
            names.addAll(names(extra));
        }
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int n = rnd.nextInt(8);
            List<Particle> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int[] mothers;
                int r = rnd.nextInt(3);
                if (r == 0 || n < 2) {
                    mothers = new int[0];
                } else if (r == 1) {
                    mothers = new int[] {rnd.nextInt(n)};
                } else {
                    int a = rnd.nextInt(n);
                    int b = (a + 1 + rnd.nextInt(n - 1)) % n;
                    mothers = new int[] {a, b};
                }
                ps.add(
                        new Particle(
                                rnd.nextInt(60) - 30,
                                rnd.nextInt(4) - 1,
                                momentum(),
                                number(),
                                mothers,
                                -1,
                                -1,
                                rnd.nextInt(600),
                                rnd.nextInt(600),
                                number(),
                                number(),
                                null));
            }
            Event.Builder b =
                    Event.builder()
                            .optNumber(k + 1)
                            .optProcessId(rnd.nextInt())
                            .optScale(number())
                            .optAlphaQed(number())
                            .optAlphaQcd(number())
                            .optParticles(ps)
                            .optWeights(weights(1 + extra));
            if (extra > 0) {
                b.optWeightNames(names);
            }
            out.add(b.build());
        }
        return out;
    }

    /** HepMC3 events: any graph of explicit vertices, attributes, cross section, PDF info. */
    List<Event> hepMc3Events() {
        int count = 1 + rnd.nextInt(3);
        int nw = rnd.nextInt(4);
        List<String> names = rnd.nextBoolean() ? names(nw) : List.of();
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int n = rnd.nextInt(10);
            int nv = n == 0 ? 0 : rnd.nextInt(n);
            List<Particle> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int prod = nv == 0 || rnd.nextInt(4) == 0 ? -1 : rnd.nextInt(nv);
                int end = nv == 0 || rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(nv);
                if (end == prod) {
                    end = -1;
                }
                Map<String, String> attrs = new LinkedHashMap<>();
                if (rnd.nextInt(4) == 0) {
                    attrs.put("q" + token(), token());
                }
                ps.add(
                        new Particle(
                                rnd.nextInt(),
                                rnd.nextInt(),
                                momentum(),
                                number(),
                                null,
                                prod,
                                end,
                                rnd.nextInt(600),
                                rnd.nextInt(600),
                                0,
                                Particle.SPIN_UNKNOWN,
                                attrs));
            }
            Event.Builder b =
                    Event.builder()
                            .optNumber(Math.abs(rnd.nextLong() % 1_000_000_000_000L))
                            .optProcessId(rnd.nextInt())
                            .optScale(maybeNaN())
                            .optAlphaQed(maybeNaN())
                            .optAlphaQcd(maybeNaN())
                            .optParticles(ps)
                            .optWeights(weights(nw))
                            .optWeightNames(names)
                            .optVertices(vertices(ps, nv));
            if (rnd.nextBoolean()) {
                b.optCrossSection(new CrossSection(number(), number()));
            }
            if (rnd.nextBoolean()) {
                b.optPdfInfo(
                        new PdfInfo(
                                rnd.nextInt(),
                                rnd.nextInt(),
                                number(),
                                number(),
                                number(),
                                number(),
                                number(),
                                rnd.nextInt(),
                                rnd.nextInt()));
            }
            if (rnd.nextBoolean()) {
                b.optAttribute("x" + token(), token() + " " + token());
            }
            if (rnd.nextInt(4) == 0) {
                b.optAttribute(
                        "event_position",
                        number() + " " + number() + " " + number() + " " + number());
            }
            if (rnd.nextInt(4) == 0) {
                // HepMC3 escapes line breaks as \| and backslashes as \\; both must survive.
                b.optAttribute("esc" + token(), token() + "\\|" + token() + "\n" + token() + "\\");
            }
            out.add(b.build());
        }
        return out;
    }

    private List<Vertex> vertices(List<Particle> ps, int nv) {
        List<Vertex> vs = new ArrayList<>();
        for (int v = 0; v < nv; v++) {
            List<Integer> in = new ArrayList<>();
            List<Integer> outs = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).endVertex() == v) {
                    in.add(i);
                }
                if (ps.get(i).productionVertex() == v) {
                    outs.add(i);
                }
            }
            Position pos =
                    rnd.nextBoolean()
                            ? Position.ORIGIN
                            : new Position(number(), number(), number(), number());
            Map<String, String> attrs = rnd.nextInt(4) == 0 ? Map.of("v" + token(), token()) : null;
            vs.add(
                    new Vertex(
                            rnd.nextInt(3) == 0 ? rnd.nextInt() : 0,
                            pos,
                            in.stream().mapToInt(Integer::intValue).toArray(),
                            outs.stream().mapToInt(Integer::intValue).toArray(),
                            attrs));
        }
        return vs;
    }

    /**
     * HepMC2 events, particles in HepMC2's file order (per vertex: orphans, then outgoing), with
     * the attributes a HepMC2 file always gives (MPI, signal vertex).
     */
    List<Event> hepMc2Events() {
        int count = 1 + rnd.nextInt(3);
        int nw = rnd.nextInt(4);
        List<String> names = nw > 0 && rnd.nextBoolean() ? names(nw) : List.of();
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int nv = rnd.nextInt(5);
            int[] orphans = new int[nv];
            int[] outgoing = new int[nv];
            for (int v = 0; v < nv; v++) {
                orphans[v] = rnd.nextInt(3);
                outgoing[v] = rnd.nextInt(4);
            }
            List<Particle> ps = new ArrayList<>();
            for (int v = 0; v < nv; v++) {
                for (int j = 0; j < orphans[v] + outgoing[v]; j++) {
                    boolean orphan = j < orphans[v];
                    int end = orphan ? v : rnd.nextInt(nv + 1) - 1;
                    if (!orphan && end == v) {
                        end = -1;
                    }
                    Map<String, String> attrs = new LinkedHashMap<>();
                    if (rnd.nextInt(3) == 0) {
                        attrs.put("theta", Double.toString(nonZero()));
                    }
                    if (rnd.nextInt(3) == 0) {
                        attrs.put("phi", Double.toString(nonZero()));
                    }
                    if (rnd.nextInt(4) == 0) {
                        attrs.put(
                                "flow" + (3 + rnd.nextInt(3)),
                                Integer.toString(1 + rnd.nextInt(500)));
                    }
                    ps.add(
                            new Particle(
                                    rnd.nextInt(),
                                    rnd.nextInt(),
                                    momentum(),
                                    number(),
                                    null,
                                    orphan ? -1 : v,
                                    end,
                                    rnd.nextInt(600),
                                    rnd.nextInt(600),
                                    0,
                                    Particle.SPIN_UNKNOWN,
                                    attrs));
                }
            }
            List<Vertex> vs = new ArrayList<>();
            for (Vertex v : vertices(ps, nv)) {
                Map<String, String> attrs =
                        rnd.nextBoolean() ? Map.of() : Map.of("weights", number() + " " + number());
                vs.add(new Vertex(v.status(), v.position(), v.incoming(), v.outgoing(), attrs));
            }
            Event.Builder b =
                    Event.builder()
                            .optNumber(Math.abs(rnd.nextLong() % 1_000_000_000_000L))
                            .optProcessId(rnd.nextInt())
                            .optScale(number())
                            .optAlphaQed(number())
                            .optAlphaQcd(number())
                            .optParticles(ps)
                            .optVertices(vs)
                            .optWeights(weights(nw))
                            .optWeightNames(names)
                            .optAttribute("mpi", Integer.toString(rnd.nextInt(20)))
                            .optAttribute(
                                    "signal_process_vertex",
                                    nv == 0 || rnd.nextBoolean()
                                            ? "0"
                                            : Integer.toString(-1 - rnd.nextInt(nv)));
            if (!ps.isEmpty() && rnd.nextBoolean()) {
                b.optAttribute(
                        "beam_particles",
                        (1 + rnd.nextInt(ps.size())) + " " + (1 + rnd.nextInt(ps.size())));
            }
            if (rnd.nextBoolean()) {
                b.optAttribute("random_states", rnd.nextInt(1000) + " " + rnd.nextLong());
            }
            if (rnd.nextBoolean()) {
                b.optCrossSection(new CrossSection(number(), number()));
            }
            if (rnd.nextBoolean()) {
                b.optPdfInfo(
                        new PdfInfo(
                                rnd.nextInt(),
                                rnd.nextInt(),
                                number(),
                                number(),
                                number(),
                                number(),
                                number(),
                                rnd.nextInt(),
                                rnd.nextInt()));
            }
            out.add(b.build());
        }
        return out;
    }

    private double nonZero() {
        double x = number();
        return x == 0 ? 1.5 : x;
    }
}
