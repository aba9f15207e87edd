package org.quarryhep.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One collision event: particles, vertices, weights, process id and scales. Immutable; build with
 * {@link #builder()}.
 *
 * <p>Weights: {@link #weight()} is the nominal (first) weight; {@link #weights()} holds all, in the
 * order of {@link #weightNames()} when the file names them. Weights may be negative.
 */
public final class Event {
    private final long number;
    private final int processId;
    private final double[] weights;
    private final List<String> weightNames;
    private final double scale;
    private final double alphaQed;
    private final double alphaQcd;
    private final List<Particle> particles;
    private final List<Vertex> vertices;
    private final PdfInfo pdfInfo;
    private final CrossSection crossSection;
    private final Map<String, String> attributes;
    private final int[][] daughters;

    private Event(Builder b) {
        this.number = b.number;
        this.processId = b.processId;
        this.weights = b.weights.clone();
        this.weightNames = List.copyOf(b.weightNames);
        this.scale = b.scale;
        this.alphaQed = b.alphaQed;
        this.alphaQcd = b.alphaQcd;
        this.vertices = List.copyOf(b.vertices);
        this.particles = Collections.unmodifiableList(deriveMothers(b.particles, this.vertices));
        this.pdfInfo = b.pdfInfo;
        this.crossSection = b.crossSection;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
        this.daughters = deriveDaughters(particles);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this event's content. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.processId = processId;
        b.weights = weights.clone();
        b.weightNames = new ArrayList<>(weightNames);
        b.scale = scale;
        b.alphaQed = alphaQed;
        b.alphaQcd = alphaQcd;
        b.particles = new ArrayList<>(particles);
        b.vertices = new ArrayList<>(vertices);
        b.pdfInfo = pdfInfo;
        b.crossSection = crossSection;
        b.attributes = new LinkedHashMap<>(attributes);
        return b;
    }

    private static List<Particle> deriveMothers(List<Particle> in, List<Vertex> vertices) {
        List<Particle> out = new ArrayList<>(in.size());
        for (Particle p : in) {
            if (p.mothers().length == 0 && p.productionVertex() >= 0) {
                if (p.productionVertex() >= vertices.size()) {
                    throw new IllegalArgumentException(
                            "particle production vertex "
                                    + p.productionVertex()
                                    + " out of range ("
                                    + vertices.size()
                                    + " vertices)");
                }
                int[] inc = vertices.get(p.productionVertex()).incoming();
                if (inc.length > 0) {
                    p = p.withMothers(inc);
                }
            }
            out.add(p);
        }
        return out;
    }

    private static int[][] deriveDaughters(List<Particle> particles) {
        int n = particles.size();
        int[] counts = new int[n];
        for (Particle p : particles) {
            for (int m : p.mothers()) {
                if (m < 0 || m >= n) {
                    throw new IllegalArgumentException(
                            "mother index " + m + " out of range (" + n + " particles)");
                }
                counts[m]++;
            }
        }
        int[][] d = new int[n][];
        for (int i = 0; i < n; i++) {
            d[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int m : particles.get(i).mothers()) {
                d[m][counts[m]++] = i;
            }
        }
        return d;
    }

    /** Event number as written in the file (or a running count). */
    public long number() {
        return number;
    }

    /** Process id (LHE IDPRUP, HepMC signal process id). */
    public int processId() {
        return processId;
    }

    /** The nominal weight: the first weight, or 1 when the event has none. */
    public double weight() {
        return weights.length == 0 ? 1.0 : weights[0];
    }

    /** All weights (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** Number of weights. */
    public int weightCount() {
        return weights.length;
    }

    /** The k-th weight. */
    public double weight(int k) {
        return weights[k];
    }

    /** Weight names, parallel to {@link #weights()}; empty when the file names none. */
    public List<String> weightNames() {
        return weightNames;
    }

    /**
     * The weight of a given name.
     *
     * @throws IllegalArgumentException when no weight has that name
     */
    public double weight(String name) {
        int k = weightNames.indexOf(name);
        if (k < 0 || k >= weights.length) {
            throw new IllegalArgumentException(
                    "no weight named '" + name + "'; names: " + weightNames);
        }
        return weights[k];
    }

    /** Event scale in GeV (LHE SCALUP, HepMC event scale); NaN when not given. */
    public double scale() {
        return scale;
    }

    /** α_QED of the event; NaN when not given. */
    public double alphaQed() {
        return alphaQed;
    }

    /** α_s of the event; NaN when not given. */
    public double alphaQcd() {
        return alphaQcd;
    }

    /** All particles, in file order. */
    public List<Particle> particles() {
        return particles;
    }

    /** The i-th particle (0-based). */
    public Particle particle(int i) {
        return particles.get(i);
    }

    /** All vertices (empty for LHE events). */
    public List<Vertex> vertices() {
        return vertices;
    }

    /** Indices of the daughters of particle i (a copy). */
    public int[] daughters(int i) {
        return daughters[i].clone();
    }

    /** Stable final-state particles (status 1). */
    public List<Particle> finalState() {
        List<Particle> out = new ArrayList<>();
        for (Particle p : particles) {
            if (p.isFinal()) {
                out.add(p);
            }
        }
        return out;
    }

    /** PDF information, or {@code null}. */
    public PdfInfo pdfInfo() {
        return pdfInfo;
    }

    /** The cross section attached to the event (HepMC GenCrossSection), or {@code null}. */
    public CrossSection crossSection() {
        return crossSection;
    }

    /** Further attributes as written in the file (read-only, file order). */
    public Map<String, String> attributes() {
        return attributes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Event e)) {
            return false;
        }
        return number == e.number
                && processId == e.processId
                && Arrays.equals(weights, e.weights)
                && weightNames.equals(e.weightNames)
                && Double.compare(scale, e.scale) == 0
                && Double.compare(alphaQed, e.alphaQed) == 0
                && Double.compare(alphaQcd, e.alphaQcd) == 0
                && particles.equals(e.particles)
                && vertices.equals(e.vertices)
                && Objects.equals(pdfInfo, e.pdfInfo)
                && Objects.equals(crossSection, e.crossSection)
                && attributes.equals(e.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, processId, particles.size(), vertices.size())
                + 31 * Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Event[#"
                + number
                + ", process "
                + processId
                + ", "
                + particles.size()
                + " particles, "
                + vertices.size()
                + " vertices, weight "
                + weight()
                + "]";
    }

    /** Builds an {@link Event}; required: nothing (an empty event is valid). */
    public static final class Builder {
        private long number;
        private int processId;
        private double[] weights = new double[0];
        private List<String> weightNames = new ArrayList<>();
        private double scale = Double.NaN;
        private double alphaQed = Double.NaN;
        private double alphaQcd = Double.NaN;
        private List<Particle> particles = new ArrayList<>();
        private List<Vertex> vertices = new ArrayList<>();
        private PdfInfo pdfInfo;
        private CrossSection crossSection;
        private Map<String, String> attributes = new LinkedHashMap<>();

        private Builder() {}

        /** Sets the event number. */
        public Builder optNumber(long n) {
            this.number = n;
            return this;
        }

        /** Sets the process id. */
        public Builder optProcessId(int id) {
            this.processId = id;
            return this;
        }

        /** Sets all weights. */
        public Builder optWeights(double... w) {
            this.weights = w.clone();
            return this;
        }

        /** Sets the weight names (parallel to the weights). */
        public Builder optWeightNames(List<String> names) {
            this.weightNames = new ArrayList<>(names);
            return this;
        }

        /** Sets the event scale, GeV. */
        public Builder optScale(double s) {
            this.scale = s;
            return this;
        }

        /** Sets α_QED. */
        public Builder optAlphaQed(double a) {
            this.alphaQed = a;
            return this;
        }

        /** Sets α_s. */
        public Builder optAlphaQcd(double a) {
            this.alphaQcd = a;
            return this;
        }

        /** Appends a particle and returns its index. */
        public int addParticle(Particle p) {
            particles.add(Objects.requireNonNull(p));
            return particles.size() - 1;
        }

        /** Replaces all particles. */
        public Builder optParticles(List<Particle> ps) {
            this.particles = new ArrayList<>(ps);
            return this;
        }

        /** Appends a vertex and returns its index. */
        public int addVertex(Vertex v) {
            vertices.add(Objects.requireNonNull(v));
            return vertices.size() - 1;
        }

        /** Replaces all vertices. */
        public Builder optVertices(List<Vertex> vs) {
            this.vertices = new ArrayList<>(vs);
            return this;
        }

        /** Sets the PDF information. */
        public Builder optPdfInfo(PdfInfo info) {
            this.pdfInfo = info;
            return this;
        }

        /** Sets the event's cross section. */
        public Builder optCrossSection(CrossSection xs) {
            this.crossSection = xs;
            return this;
        }

        /** Adds a named attribute. */
        public Builder optAttribute(String name, String value) {
            this.attributes.put(name, value);
            return this;
        }

        /**
         * Builds the event, deriving mothers from production vertices where none are given.
         *
         * @throws IllegalArgumentException when a mother or vertex index is out of range
         */
        public Event build() {
            return new Event(this);
        }
    }
}
