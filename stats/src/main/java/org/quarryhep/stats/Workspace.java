package org.quarryhep.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pyhf workspace (schema 1.0.0): channels of samples with modifiers, observed data per channel,
 * and measurements (POI plus parameter configurations). Immutable; mirrors the JSON one to one so
 * that {@link WorkspaceWriter} gives back what {@link WorkspaceReader} read.
 *
 * @param channels the channels in file order
 * @param observations the observed data, one entry per channel
 * @param measurements the measurements (at least one)
 * @param version the schema version ("1.0.0")
 */
public record Workspace(
        List<Channel> channels,
        List<Observation> observations,
        List<Measurement> measurements,
        String version) {

    /** Makes the lists unmodifiable. */
    public Workspace {
        channels = List.copyOf(channels);
        observations = List.copyOf(observations);
        measurements = List.copyOf(measurements);
    }

    /**
     * A channel (region): a list of samples over the same bins.
     *
     * @param name the channel name
     * @param samples its samples
     */
    public record Channel(String name, List<Sample> samples) {
        /** Makes the list unmodifiable. */
        public Channel {
            samples = List.copyOf(samples);
        }

        /** The number of bins (from the first sample; all samples agree after validation). */
        public int bins() {
            return samples.isEmpty() ? 0 : samples.get(0).data().length;
        }
    }

    /**
     * A sample: nominal yields per bin and the modifiers acting on them.
     *
     * @param name the sample name
     * @param data nominal yields, one per bin
     * @param modifiers its modifiers
     */
    public record Sample(String name, double[] data, List<ModifierSpec> modifiers) {
        /** Copies the arrays so the record stays immutable. */
        public Sample {
            data = data.clone();
            modifiers = List.copyOf(modifiers);
        }

        /** Nominal yields (a copy). */
        @Override
        public double[] data() {
            return data.clone();
        }
    }

    /**
     * Observed counts of one channel.
     *
     * @param name the channel name
     * @param data observed counts per bin
     */
    public record Observation(String name, double[] data) {
        /** Copies the array. */
        public Observation {
            data = data.clone();
        }

        /** Observed counts (a copy). */
        @Override
        public double[] data() {
            return data.clone();
        }
    }

    /**
     * A measurement: the POI and per-parameter overrides.
     *
     * @param name the measurement name
     * @param poi the parameter of interest (pyhf requires one)
     * @param parameters parameter configurations
     */
    public record Measurement(String name, String poi, List<ParameterConfig> parameters) {
        /** Makes the list unmodifiable. */
        public Measurement {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * Overrides for one parameter set; absent fields keep the modifier's defaults.
     *
     * @param name the parameter name
     * @param inits initial values, one per component, or {@code null}
     * @param bounds [low, high] per component, or {@code null}
     * @param fixed whether the parameter is held constant in fits
     * @param auxdata auxiliary data of its constraint, or {@code null}
     * @param sigmas widths of its Gaussian constraint, or {@code null}
     */
    public record ParameterConfig(
            String name,
            double[] inits,
            double[][] bounds,
            boolean fixed,
            double[] auxdata,
            double[] sigmas) {}

    /** The channel with a name, if any. */
    public Optional<Channel> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The observation of a channel, if any. */
    public Optional<Observation> observation(String name) {
        return observations.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * The measurement with a name, or the first one when {@code name} is {@code null} (pyhf's
     * default).
     *
     * @param name the measurement name or {@code null}
     * @return the measurement
     * @throws InvalidModelException when there is no such measurement
     */
    public Measurement measurement(String name) {
        if (measurements.isEmpty()) {
            throw new InvalidModelException("workspace has no measurement");
        }
        if (name == null) {
            return measurements.get(0);
        }
        return measurements.stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidModelException(
                                        "no measurement named '"
                                                + name
                                                + "'; the workspace has "
                                                + measurements.stream()
                                                        .map(Measurement::name)
                                                        .toList()));
    }

    /**
     * Combines two workspaces (pyhf's {@code Workspace.combine} without joining): channels must
     * have distinct names; measurements with the same name must share the POI and have their
     * parameter configurations merged, where a parameter configured in both must agree.
     *
     * @param a the first workspace
     * @param b the second workspace
     * @return the combination
     * @throws InvalidSpecificationException when a channel name occurs in both, or a measurement
     *     conflicts
     */
    public static Workspace combine(Workspace a, Workspace b) {
        List<Channel> channels = new ArrayList<>(a.channels);
        List<Observation> observations = new ArrayList<>(a.observations);
        for (int i = 0; i < b.channels.size(); i++) {
            Channel c = b.channels.get(i);
            if (a.channel(c.name()).isPresent()) {
                throw new InvalidSpecificationException(
                        "/channels/" + i + "/name",
                        "channel '" + c.name() + "' is in both workspaces; rename one to combine");
            }
            channels.add(c);
        }
        observations.addAll(b.observations);
        Map<String, Measurement> merged = new LinkedHashMap<>();
        for (Measurement m : a.measurements) {
            merged.put(m.name(), m);
        }
        for (int i = 0; i < b.measurements.size(); i++) {
            Measurement m = b.measurements.get(i);
            Measurement other = merged.get(m.name());
            if (other == null) {
                merged.put(m.name(), m);
                continue;
            }
            if (!other.poi().equals(m.poi())) {
                throw new InvalidSpecificationException(
                        "/measurements/" + i + "/config/poi",
                        "measurement '"
                                + m.name()
                                + "' has POI '"
                                + m.poi()
                                + "' here but '"
                                + other.poi()
                                + "' in the first workspace");
            }
            Map<String, ParameterConfig> params = new LinkedHashMap<>();
            for (ParameterConfig p : other.parameters()) {
                params.put(p.name(), p);
            }
            for (ParameterConfig p : m.parameters()) {
                ParameterConfig q = params.get(p.name());
                if (q != null && !sameConfig(p, q)) {
                    throw new InvalidSpecificationException(
                            "/measurements/" + i + "/config/parameters",
                            "parameter '"
                                    + p.name()
                                    + "' is configured differently in the two"
                                    + " workspaces");
                }
                params.put(p.name(), p);
            }
            merged.put(
                    m.name(), new Measurement(m.name(), m.poi(), new ArrayList<>(params.values())));
        }
        return new Workspace(channels, observations, new ArrayList<>(merged.values()), a.version);
    }

    private static boolean sameConfig(ParameterConfig p, ParameterConfig q) {
        return p.fixed() == q.fixed()
                && java.util.Arrays.equals(p.inits(), q.inits())
                && java.util.Arrays.deepEquals(p.bounds(), q.bounds())
                && java.util.Arrays.equals(p.auxdata(), q.auxdata())
                && java.util.Arrays.equals(p.sigmas(), q.sigmas());
    }
}
