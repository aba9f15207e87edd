package org.quarryhep.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.stats.ModifierSpec.BinValues;
import org.quarryhep.stats.ModifierSpec.HistoTemplates;
import org.quarryhep.stats.ModifierSpec.NoData;
import org.quarryhep.stats.ModifierSpec.NormFactors;

/**
 * Builds a workspace from histograms in code: channels × samples × modifiers, observed data, and
 * one measurement. {@link #build()} checks the result exactly as {@link WorkspaceReader} checks a
 * file (it round-trips through the JSON form), so a built model can be written with {@link
 * WorkspaceWriter} and used by pyhf.
 *
 * <pre>{@code
 * Workspace ws = new WorkspaceBuilder()
 *     .setPoi("mu")
 *     .setObservation("SR", new double[] {12, 9})
 *     .addSample("SR", "signal", new double[] {3, 2}).optNormFactor("mu")
 *     .addSample("SR", "ttbar", new double[] {10, 8}).optNormSys("xsec", 1.05, 0.95).optStatError("stat", new double[] {1, 1})
 *     .build();
 * }</pre>
 */
public final class WorkspaceBuilder {
    private final Map<String, List<Workspace.Sample>> channels = new LinkedHashMap<>();
    private final Map<String, double[]> observations = new LinkedHashMap<>();
    private final List<Workspace.ParameterConfig> parameters = new ArrayList<>();
    private String poi;
    private String measurementName = "measurement";
    private String channel;
    private String sampleName;
    private double[] sampleData;
    private List<ModifierSpec> modifiers;

    /**
     * Sets the parameter of interest (required).
     *
     * @param name the POI name, a normfactor of some sample
     * @return this builder
     */
    public WorkspaceBuilder setPoi(String name) {
        this.poi = name;
        return this;
    }

    /**
     * Names the measurement (default "measurement").
     *
     * @param name the measurement name
     * @return this builder
     */
    public WorkspaceBuilder optMeasurementName(String name) {
        this.measurementName = name;
        return this;
    }

    /**
     * Sets the observed counts of a channel (required for every channel).
     *
     * @param channelName the channel
     * @param counts counts per bin
     * @return this builder
     */
    public WorkspaceBuilder setObservation(String channelName, double[] counts) {
        observations.put(channelName, counts.clone());
        return this;
    }

    /**
     * Starts a sample; the {@code opt…} modifier calls that follow apply to it.
     *
     * @param channelName the channel (created on first use)
     * @param name the sample name
     * @param nominal nominal yields per bin
     * @return this builder
     */
    public WorkspaceBuilder addSample(String channelName, String name, double[] nominal) {
        flush();
        this.channel = channelName;
        this.sampleName = name;
        this.sampleData = nominal.clone();
        this.modifiers = new ArrayList<>();
        return this;
    }

    /** Adds an unconstrained normalisation (normfactor) to the current sample. */
    public WorkspaceBuilder optNormFactor(String name) {
        return modifier(new ModifierSpec(name, "normfactor", new NoData()));
    }

    /** Adds a normalisation systematic with factors at ±1σ (normsys) to the current sample. */
    public WorkspaceBuilder optNormSys(String name, double hi, double lo) {
        return modifier(new ModifierSpec(name, "normsys", new NormFactors(hi, lo)));
    }

    /** Adds a shape systematic with templates at ±1σ (histosys) to the current sample. */
    public WorkspaceBuilder optHistoSys(String name, double[] hiData, double[] loData) {
        return modifier(new ModifierSpec(name, "histosys", new HistoTemplates(hiData, loData)));
    }

    /** Adds uncorrelated per-bin absolute uncertainties (shapesys) to the current sample. */
    public WorkspaceBuilder optShapeSys(String name, double[] sigmas) {
        return modifier(new ModifierSpec(name, "shapesys", new BinValues(sigmas)));
    }

    /** Adds MC statistical absolute uncertainties per bin (staterror) to the current sample. */
    public WorkspaceBuilder optStatError(String name, double[] sigmas) {
        return modifier(new ModifierSpec(name, "staterror", new BinValues(sigmas)));
    }

    /** Adds a free factor per bin (shapefactor) to the current sample. */
    public WorkspaceBuilder optShapeFactor(String name) {
        return modifier(new ModifierSpec(name, "shapefactor", new NoData()));
    }

    /**
     * Adds the luminosity (lumi) to the current sample and configures its constraint.
     *
     * @param name the parameter name, usually "lumi"
     * @param relativeUncertainty σ of the luminosity scale (e.g. 0.017)
     * @return this builder
     */
    public WorkspaceBuilder optLumi(String name, double relativeUncertainty) {
        if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
            parameters.add(
                    new Workspace.ParameterConfig(
                            name,
                            new double[] {1.0},
                            new double[][] {
                                {
                                    Math.max(0, 1 - 5 * relativeUncertainty),
                                    1 + 5 * relativeUncertainty
                                }
                            },
                            false,
                            new double[] {1.0},
                            new double[] {relativeUncertainty}));
        }
        return modifier(new ModifierSpec(name, "lumi", new NoData()));
    }

    /**
     * Adds the same normsys to several samples from a systematics table (rows: systematic name →
     * sample name → {hi, lo}), as analyses list them.
     *
     * @param table systematic → (sample → {hi, lo})
     * @param channelName the channel the samples are in
     * @return this builder
     * @throws IllegalArgumentException when the table names a sample not added to the channel
     */
    public WorkspaceBuilder optNormSysTable(
            String channelName, Map<String, Map<String, double[]>> table) {
        flush();
        List<Workspace.Sample> samples = channels.get(channelName);
        if (samples == null) {
            throw new IllegalArgumentException(
                    "no channel '" + channelName + "' to apply the table to");
        }
        for (Map.Entry<String, Map<String, double[]>> row : table.entrySet()) {
            for (Map.Entry<String, double[]> cell : row.getValue().entrySet()) {
                int idx = -1;
                for (int i = 0; i < samples.size(); i++) {
                    if (samples.get(i).name().equals(cell.getKey())) {
                        idx = i;
                    }
                }
                if (idx < 0) {
                    throw new IllegalArgumentException(
                            "systematics table names sample '"
                                    + cell.getKey()
                                    + "' not in channel '"
                                    + channelName
                                    + "'");
                }
                Workspace.Sample s = samples.get(idx);
                List<ModifierSpec> mods = new ArrayList<>(s.modifiers());
                mods.add(
                        new ModifierSpec(
                                row.getKey(),
                                "normsys",
                                new NormFactors(cell.getValue()[0], cell.getValue()[1])));
                samples.set(idx, new Workspace.Sample(s.name(), s.data(), mods));
            }
        }
        return this;
    }

    /**
     * Adds a parameter configuration (bounds, inits, fixed) to the measurement.
     *
     * @param config the configuration
     * @return this builder
     */
    public WorkspaceBuilder optParameter(Workspace.ParameterConfig config) {
        parameters.add(config);
        return this;
    }

    private WorkspaceBuilder modifier(ModifierSpec m) {
        if (modifiers == null) {
            throw new IllegalStateException("call addSample before adding modifiers");
        }
        modifiers.add(m);
        return this;
    }

    private void flush() {
        if (sampleName != null) {
            channels.computeIfAbsent(channel, k -> new ArrayList<>())
                    .add(new Workspace.Sample(sampleName, sampleData, modifiers));
            sampleName = null;
            modifiers = null;
        }
    }

    /**
     * Builds and validates the workspace.
     *
     * @return the workspace
     * @throws InvalidSpecificationException when the result is not a valid workspace (the pointer
     *     refers to the JSON form)
     * @throws IllegalStateException when the POI is not set
     */
    public Workspace build() {
        flush();
        if (poi == null) {
            throw new IllegalStateException("setPoi(...) is required");
        }
        List<Workspace.Channel> chans = new ArrayList<>();
        for (Map.Entry<String, List<Workspace.Sample>> e : channels.entrySet()) {
            chans.add(new Workspace.Channel(e.getKey(), e.getValue()));
        }
        List<Workspace.Observation> obs = new ArrayList<>();
        for (Map.Entry<String, double[]> e : observations.entrySet()) {
            obs.add(new Workspace.Observation(e.getKey(), e.getValue()));
        }
        Workspace ws =
                new Workspace(
                        chans,
                        obs,
                        List.of(new Workspace.Measurement(measurementName, poi, parameters)),
                        "1.0.0");
        return WorkspaceReader.fromJson(WorkspaceWriter.toJson(ws));
    }
}
