package org.quarryhep.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.pipeline.SampleDefinition.FileSource;
import org.quarryhep.pipeline.SampleDefinition.Normalisation;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.SampleDefinition.Role;

/**
 * Reads and checks the samples section of an analysis file, expanding each grid into its points.
 */
final class SamplesSection {
    private SamplesSection() {}

    /**
     * Reads the samples section.
     *
     * @param node the section
     * @param seed the file's seed, which seeds a sample that gives none
     * @param base the directory event-file paths are resolved against
     * @return one sample per grid point of each entry, in file order
     */
    static List<SampleDefinition> read(ConfigNode node, long seed, Path base) {
        List<SampleDefinition> out = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        List<ConfigNode> entries = AnalysisFiles.list(node);
        if (entries.isEmpty()) {
            throw node.error("needs at least one sample");
        }
        for (ConfigNode s : entries) {
            s.allowOnly(AnalysisSchema.keysOf("samples[]"));
            String name = s.get("name").asString();
            if (!name.matches("[A-Za-z0-9_.-]+")) {
                throw s.get("name")
                        .error("use letters, digits, '_', '.', '-' only, got '" + name + "'");
            }
            if (!groups.add(name)) {
                throw s.get("name").error("duplicate sample name '" + name + "'");
            }
            Role role =
                    s.get("role").asChoice("signal", "background").equals("signal")
                            ? Role.SIGNAL
                            : Role.BACKGROUND;
            boolean hasProcess = s.has("process");
            boolean hasFiles = s.has("files");
            if (hasProcess == hasFiles) {
                throw s.error("give exactly one of 'process' (built-in) or 'files' (LHE/HepMC)");
            }
            Map<String, Double> params = numbers(s.opt("params"));
            Map<String, Double> cuts = numbers(s.opt("cuts"));
            Map<String, Double> labels = numbers(s.opt("labels"));
            Normalisation norm = normalisation(s);
            long events;
            if (hasProcess) {
                ConfigNode ev = s.get("events");
                events = ev.asLong();
                if (events <= 0) {
                    throw ev.error("must be > 0, got " + events);
                }
            } else {
                events = s.opt("events").map(ConfigNode::asLong).orElse(0L);
                if (events < 0) {
                    throw s.get("events").error("must be >= 0 (0 reads every event)");
                }
                for (String k : List.of("params", "cuts", "grid")) {
                    if (s.has(k)) {
                        throw s.get(k).error("'" + k + "' applies to a built-in process only");
                    }
                }
            }
            List<Map<String, Double>> points = grid(s.opt("grid"));
            for (Map<String, Double> point : points) {
                String pointName = name + pointSuffix(point);
                long sampleSeed =
                        s.opt("seed")
                                .map(ConfigNode::asLong)
                                .map(v -> point.isEmpty() ? v : childSeed(v, pointName))
                                .orElseGet(() -> childSeed(seed, pointName));
                Map<String, Double> pointLabels = new LinkedHashMap<>(labels);
                pointLabels.putAll(point);
                SampleDefinition.Source source;
                if (hasProcess) {
                    Map<String, Double> p = new LinkedHashMap<>(params);
                    p.putAll(point);
                    String process = s.get("process").asString();
                    validateProcess(s, process, p, cuts);
                    source = new ProcessSource(process, p, cuts);
                } else {
                    source = files(s.get("files"), base);
                }
                out.add(
                        new SampleDefinition(
                                pointName,
                                name,
                                role,
                                source,
                                events,
                                sampleSeed,
                                norm,
                                pointLabels,
                                s.path()));
            }
        }
        return out;
    }

    /** A grid point's seed: the sample's seed split by the point's name. */
    private static long childSeed(long seed, String name) {
        return new RandomStreams(seed).child("sample:" + name).seed();
    }

    private static String pointSuffix(Map<String, Double> point) {
        if (point.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        point.forEach(
                (k, v) ->
                        sb.append(sb.length() > 1 ? "," : "")
                                .append(k)
                                .append('=')
                                .append(formatNumber(v)));
        return sb.append(']').toString();
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }

    private static List<Map<String, Double>> grid(Optional<ConfigNode> node) {
        List<Map<String, Double>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        if (node.isEmpty()) {
            return points;
        }
        for (Map.Entry<String, ConfigNode> e : node.get().entries().entrySet()) {
            List<Double> values = gridValues(e.getValue());
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> p : points) {
                for (double v : values) {
                    Map<String, Double> q = new LinkedHashMap<>(p);
                    q.put(e.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    private static List<Double> gridValues(ConfigNode n) {
        List<Double> values = new ArrayList<>();
        if (n.isList()) {
            for (ConfigNode v : n.asList()) {
                values.add(v.asDouble());
            }
            if (values.isEmpty()) {
                throw n.error("a grid needs at least one value");
            }
            return values;
        }
        if (!n.isMapping()) {
            throw n.error("a grid is a list of values or {from, to, points}");
        }
        n.allowOnly(AnalysisSchema.keysOf("samples[].grid.*"));
        double from = n.get("from").asDouble();
        double to = n.get("to").asDouble();
        int count = n.get("points").asInt();
        if (count < 2) {
            throw n.get("points").error("must be >= 2, got " + count);
        }
        if (!(to > from)) {
            throw n.get("to").error("must be > from (" + from + "), got " + to);
        }
        for (int i = 0; i < count; i++) {
            values.add(from + (to - from) * i / (count - 1));
        }
        return values;
    }

    private static void validateProcess(
            ConfigNode s, String process, Map<String, Double> params, Map<String, Double> cuts) {
        try {
            ProcessCatalog.create(process, params);
        } catch (QuarryException | IllegalArgumentException e) {
            ConfigNode at = s.has("params") ? s.get("params") : s.get("process");
            if (e.getMessage() != null && e.getMessage().contains("unknown process")) {
                at = s.get("process");
            }
            throw at.error(e.getMessage().replace("--process: ", "").replace("--param ", ""));
        }
        try {
            new GeneratorCuts(cuts);
        } catch (QuarryException e) {
            throw s.get("cuts").error(e.getMessage().replace("--cut ", ""));
        }
    }

    private static FileSource files(ConfigNode node, Path base) {
        List<Path> files = new ArrayList<>();
        for (ConfigNode f : AnalysisFiles.list(node)) {
            Path p = base.resolve(f.asString()).normalize();
            if (!Files.isRegularFile(p)) {
                throw f.error("no such event file: " + p);
            }
            files.add(p);
        }
        if (files.isEmpty()) {
            throw node.error("needs at least one file");
        }
        return new FileSource(files);
    }

    private static Normalisation normalisation(ConfigNode s) {
        OptionalDouble sigma = OptionalDouble.empty();
        if (s.has("cross_section_pb")) {
            double v = s.get("cross_section_pb").asDouble();
            if (!(v > 0)) {
                throw s.get("cross_section_pb").error("must be > 0 pb, got " + v);
            }
            sigma = OptionalDouble.of(v);
        }
        double k = s.opt("k_factor").map(ConfigNode::asDouble).orElse(1.0);
        if (!(k > 0)) {
            throw s.get("k_factor").error("must be > 0, got " + k);
        }
        return new Normalisation(sigma, k);
    }

    private static Map<String, Double> numbers(Optional<ConfigNode> node) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (node.isPresent()) {
            node.get().entries().forEach((k, v) -> m.put(k, v.asDouble()));
        }
        return m;
    }

    /** The distinct sample names as the file gives them (a grid's points share one). */
    static List<String> groupNames(List<SampleDefinition> samples) {
        return samples.stream().map(SampleDefinition::group).distinct().toList();
    }
}
