package org.quarryhep.stats.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quarryhep.stats.InvalidModelException;
import org.quarryhep.stats.InvalidSpecificationException;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.ParameterSet;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.modifier.BinTerm;
import org.quarryhep.stats.modifier.Constraint;
import org.quarryhep.stats.modifier.Effect;
import org.quarryhep.stats.modifier.InterpolationSettings;
import org.quarryhep.stats.modifier.Modifier;
import org.quarryhep.stats.modifier.ModifierTypes;
import org.quarryhep.stats.modifier.ParameterRegistry;
import org.quarryhep.stats.modifier.ParameterSetBuilder;

/**
 * Compiles a workspace measurement into a model's parts (pyhf's {@code _ModelConfig}): the channel
 * layout, the parameter sets every modifier declares with the measurement's configs applied, the
 * flat parameter vector, each sample's terms, the POI and the observed data.
 */
final class ModelCompiler {
    private ModelCompiler() {}

    /** See {@link Model#compile(Workspace, String, InterpolationSettings)}. */
    static Model.Builder compile(
            Workspace ws, String measurementName, InterpolationSettings interpolation) {
        Workspace.Measurement measurement = ws.measurement(measurementName);
        int measurementIndex = ws.measurements().indexOf(measurement);
        Model.Builder b = new Model.Builder();
        b.interpolation = interpolation;
        b.spec = ws;
        b.measurementName = measurement.name();
        Map<String, Integer> channelIndexInFile = layOutChannels(ws, b);
        // Keyed by identity: two samples of a workspace may be equal records.
        Map<Workspace.Sample, List<ModifierSpec>> applied = new IdentityHashMap<>();
        ParameterRegistry registry =
                declareParameters(
                        ws, b.channels, channelIndexInFile, applied, measurement, measurementIndex);
        Map<String, Integer> offsets =
                flattenParameters(b, registry, measurement, measurementIndex);
        compileSamples(b, ws, channelIndexInFile, applied, registry, offsets);
        b.poiName = measurement.poi();
        Integer poiOffset = offsets.get(measurement.poi());
        if (poiOffset != null && registry.get(measurement.poi()).size() != 1) {
            throw new InvalidModelException(
                    "POI '" + measurement.poi() + "' must be a scalar parameter");
        }
        // A background-only workspace (e.g. HEPData's BkgOnly.json) names a POI that only its
        // signal patches define; it still compiles for fits, and inference asks for the POI.
        b.poi = poiOffset == null ? -1 : poiOffset;
        b.poiPointer = "/measurements/" + measurementIndex + "/config/poi";
        b.parameterNamesForError = new TreeSet<>(offsets.keySet()).toString();

        b.observed = observedData(ws, b);
        return b;
    }

    /** Channels in pyhf's order (sorted by name) with their bin offsets; returns file indices. */
    private static Map<String, Integer> layOutChannels(Workspace ws, Model.Builder b) {
        TreeMap<String, Integer> channelIndexInFile = new TreeMap<>();
        for (int i = 0; i < ws.channels().size(); i++) {
            channelIndexInFile.put(ws.channels().get(i).name(), i);
        }
        b.channels = List.copyOf(channelIndexInFile.keySet());
        b.channelOffset = new int[b.channels.size()];
        b.channelBins = new int[b.channels.size()];
        int offset = 0;
        for (int c = 0; c < b.channels.size(); c++) {
            Workspace.Channel ch = ws.channels().get(channelIndexInFile.get(b.channels.get(c)));
            b.channelOffset[c] = offset;
            b.channelBins[c] = ch.bins();
            offset += ch.bins();
        }
        b.nBins = offset;
        return channelIndexInFile;
    }

    /**
     * Every modifier declares its parameters; the measurement's configs then adjust them. Records
     * in {@code applied} each sample's modifiers as they apply (without the repeated listings) for
     * {@link #compileSamples}.
     */
    private static ParameterRegistry declareParameters(
            Workspace ws,
            List<String> channels,
            Map<String, Integer> channelIndexInFile,
            Map<Workspace.Sample, List<ModifierSpec>> applied,
            Workspace.Measurement measurement,
            int measurementIndex) {
        ParameterRegistry registry = new ParameterRegistry();
        for (String cname : channels) {
            int ci = channelIndexInFile.get(cname);
            Workspace.Channel ch = ws.channels().get(ci);
            for (int s = 0; s < ch.samples().size(); s++) {
                Workspace.Sample sample = ch.samples().get(s);
                List<ModifierSpec> kept = new ArrayList<>();
                for (int m = 0; m < sample.modifiers().size(); m++) {
                    ModifierSpec spec = sample.modifiers().get(m);
                    String pointer = "/channels/" + ci + "/samples/" + s + "/modifiers/" + m;
                    if (repeatedLater(sample.modifiers(), m, pointer)) {
                        continue;
                    }
                    kept.add(spec);
                    ModifierTypes.forType(spec.type()).declare(spec, ch, sample, pointer, registry);
                }
                applied.put(sample, kept);
            }
        }
        List<Workspace.ParameterConfig> configs = measurement.parameters();
        for (int i = 0; i < configs.size(); i++) {
            applyConfig(
                    registry,
                    configs.get(i),
                    "/measurements/" + measurementIndex + "/config/parameters/" + i);
        }
        return registry;
    }

    /**
     * Whether the sample lists the same modifier (type and name) again after position {@code m}.
     * pyhf keys a sample's modifiers by type and name, so a repeated one is applied once, as its
     * last listing says (a normfactor listed twice scales by μ, not μ²); a repeated shapesys, which
     * pyhf does not share, is an error there and here.
     *
     * @param pointer the JSON pointer of modifier {@code m} for the error
     */
    private static boolean repeatedLater(List<ModifierSpec> mods, int m, String pointer) {
        ModifierSpec spec = mods.get(m);
        for (int j = m + 1; j < mods.size(); j++) {
            ModifierSpec later = mods.get(j);
            if (later.type().equals(spec.type()) && later.name().equals(spec.name())) {
                if (spec.type().equals("shapesys")) {
                    throw new InvalidModelException(
                            "shapesys '"
                                    + spec.name()
                                    + "' is listed twice on one sample ("
                                    + pointer
                                    + " and /modifiers/"
                                    + j
                                    + "); pyhf does not share shapesys modifiers");
                }
                return true;
            }
        }
        return false;
    }

    /** The flat parameter vector: inits, bounds, constraints; returns each set's offset. */
    private static Map<String, Integer> flattenParameters(
            Model.Builder b,
            ParameterRegistry registry,
            Workspace.Measurement measurement,
            int measurementIndex) {
        b.sets = new ArrayList<>();
        Map<String, Integer> offsets = new HashMap<>();
        int nPars = 0;
        for (ParameterSetBuilder set : registry.sets().values()) {
            b.sets.add(new ParameterSet(set.name(), set.type(), nPars, set.size()));
            offsets.put(set.name(), nPars);
            nPars += set.size();
        }
        b.inits = new double[nPars];
        b.lower = new double[nPars];
        b.upper = new double[nPars];
        b.fixed = new boolean[nPars];
        b.constraint = new Constraint[nPars];
        b.aux = new double[nPars];
        b.sigma = new double[nPars];
        b.tau = new double[nPars];
        List<Integer> constrained = new ArrayList<>();
        for (ParameterSetBuilder set : registry.sets().values()) {
            int o = offsets.get(set.name());
            for (int i = 0; i < set.size(); i++) {
                b.inits[o + i] = set.init(i);
                b.lower[o + i] = set.lower(i);
                b.upper[o + i] = set.upper(i);
                b.fixed[o + i] = set.fixed(i);
                b.constraint[o + i] = set.constraint(i);
                b.aux[o + i] = set.aux(i);
                b.sigma[o + i] = set.sigma(i);
                b.tau[o + i] = set.tau(i);
                if (set.constraint(i) == Constraint.NORMAL && !(set.sigma(i) > 0)) {
                    throw new InvalidModelException(
                            "parameter '"
                                    + set.name()
                                    + "' ("
                                    + set.type()
                                    + ") needs a positive"
                                    + " width: give \"sigmas\" in measurement '"
                                    + measurement.name()
                                    + "' /measurements/"
                                    + measurementIndex
                                    + "/config/parameters");
                }
                if (set.constraint(i) != Constraint.NONE) {
                    constrained.add(o + i);
                }
            }
        }
        b.constrained = constrained.stream().mapToInt(Integer::intValue).toArray();
        return offsets;
    }

    /** Each sample's nominal yields with the additive and multiplicative terms it applies. */
    private static void compileSamples(
            Model.Builder b,
            Workspace ws,
            Map<String, Integer> channelIndexInFile,
            Map<Workspace.Sample, List<ModifierSpec>> applied,
            ParameterRegistry registry,
            Map<String, Integer> offsets) {
        b.samples = new ArrayList<>();
        for (int c = 0; c < b.channels.size(); c++) {
            Workspace.Channel ch = ws.channels().get(channelIndexInFile.get(b.channels.get(c)));
            for (Workspace.Sample sample : ch.samples()) {
                List<BinTerm> add = new ArrayList<>();
                List<BinTerm> mult = new ArrayList<>();
                for (ModifierSpec spec : applied.get(sample)) {
                    Modifier m = ModifierTypes.forType(spec.type());
                    BinTerm t =
                            m.compile(
                                    spec,
                                    sample,
                                    registry.get(spec.name()),
                                    offsets,
                                    b.interpolation);
                    (m.effect() == Effect.ADDITIVE ? add : mult).add(t);
                }
                b.samples.add(
                        new CompiledSample(
                                ch.name(),
                                sample.name(),
                                b.channelOffset[c],
                                sample.data(),
                                add.toArray(new BinTerm[0]),
                                mult.toArray(new BinTerm[0])));
            }
        }
    }

    /** The observed main counts in model bin order and the nominal auxiliary data. */
    private static ObservedData observedData(Workspace ws, Model.Builder b) {
        double[] main = new double[b.nBins];
        for (int c = 0; c < b.channels.size(); c++) {
            double[] d = ws.observation(b.channels.get(c)).orElseThrow().data();
            System.arraycopy(d, 0, main, b.channelOffset[c], d.length);
        }
        double[] aux = new double[b.constrained.length];
        for (int k = 0; k < aux.length; k++) {
            aux[k] = b.aux[b.constrained[k]];
        }
        return new ObservedData(main, aux);
    }

    private static void applyConfig(
            ParameterRegistry registry, Workspace.ParameterConfig cfg, String pointer) {
        ParameterSetBuilder set = registry.get(cfg.name());
        if (set == null) {
            // pyhf ignores configurations of parameters no modifier uses (e.g. a lumi entry
            // without a lumi modifier), so they are inert here too.
            return;
        }
        checkLength(cfg.inits(), set, pointer + "/inits");
        checkLength(cfg.auxdata(), set, pointer + "/auxdata");
        checkLength(cfg.sigmas(), set, pointer + "/sigmas");
        if (cfg.bounds() != null && cfg.bounds().length != set.size()) {
            throw new InvalidSpecificationException(
                    pointer + "/bounds",
                    "parameter '"
                            + cfg.name()
                            + "' has "
                            + set.size()
                            + " components but "
                            + cfg.bounds().length
                            + " bounds");
        }
        if (cfg.inits() != null) {
            set.setInits(cfg.inits());
        }
        if (cfg.bounds() != null) {
            set.setBounds(cfg.bounds());
        }
        if (cfg.auxdata() != null) {
            set.setAuxdata(cfg.auxdata());
        }
        if (cfg.sigmas() != null) {
            set.setSigmas(cfg.sigmas());
        }
        if (cfg.fixed()) {
            set.setFixed();
        }
    }

    private static void checkLength(double[] v, ParameterSetBuilder set, String pointer) {
        if (v != null && v.length != set.size()) {
            throw new InvalidSpecificationException(
                    pointer,
                    "parameter '"
                            + set.name()
                            + "' has "
                            + set.size()
                            + " components but "
                            + v.length
                            + " values are given");
        }
    }
}
