package org.quarryhep.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.Provenance;
import org.quarryhep.ml.table.Standardizer;

/**
 * The model file: one versioned JSON document ({@code "format": "quarry-model", "version": 1})
 * holding the {@link ModelInfo} (kind, task, features, standardisation, config, seed, provenance)
 * and the weights as base64 of the engine's own serialisation (DJL parameters or XGBoost UBJSON).
 * Written to a temporary file and moved into place.
 */
public final class ModelFiles {
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;

    /** The JSON mapper for configs and model files (records, enums by name). */
    public static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFiles() {}

    /**
     * Saves a model.
     *
     * @param model the model
     * @param file the destination
     * @throws IOException when the file cannot be written
     */
    public static void save(Model model, Path file) throws IOException {
        save(model.info(), model.weightBytes(), file);
    }

    /**
     * Saves a model with its provenance extended by the input files and extra config entries (for
     * example the label column the command line used).
     *
     * @param model the model
     * @param file the destination
     * @param inputs input files with checksums
     * @param extra extra provenance config entries
     * @throws IOException when the file cannot be written
     */
    public static void save(
            Model model, Path file, List<Provenance.InputFile> inputs, Map<String, String> extra)
            throws IOException {
        ModelInfo i = model.info();
        Map<String, String> cfg = new LinkedHashMap<>(i.provenance().config());
        cfg.putAll(extra);
        Provenance p = i.provenance();
        Provenance prov =
                new Provenance(
                        p.component(),
                        cfg,
                        p.seed(),
                        inputs,
                        p.quarryVersion(),
                        p.javaVersion(),
                        p.os(),
                        p.arch(),
                        p.timestamp(),
                        p.command());
        save(
                new ModelInfo(
                        i.kind(),
                        i.task(),
                        i.features(),
                        i.standardizer(),
                        i.config(),
                        i.seed(),
                        prov,
                        i.priorRatio()),
                model.weightBytes(),
                file);
    }

    private static void save(ModelInfo info, byte[] weights, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "quarry-model");
        root.put("version", VERSION);
        root.put("kind", info.kind());
        root.put("task", info.task().name());
        ArrayNode f = root.putArray("features");
        info.features().forEach(f::add);
        ObjectNode s = root.putObject("standardizer");
        Standardizer st = info.standardizer();
        ArrayNode mean = s.putArray("mean");
        for (double v : st.mean()) {
            mean.add(v);
        }
        ArrayNode std = s.putArray("std");
        for (double v : st.std()) {
            std.add(v);
        }
        if (st.hasMissingValue()) {
            s.put("missing_value", st.missingValue());
        } else {
            s.putNull("missing_value");
        }
        root.set("config", MAPPER.valueToTree(info.config()));
        root.put("seed", info.seed());
        root.put("prior_ratio", info.priorRatio());
        root.set("provenance", MAPPER.readTree(info.provenance().toJson()));
        root.put("weights_encoding", info.kind().equals("bdt") ? "xgboost-ubj" : "djl-parameters");
        root.put("weights", Base64.getEncoder().encodeToString(weights));
        AtomicFile.write(file, tmp -> MAPPER.writeValue(tmp.toFile(), root));
    }

    /**
     * Loads a model: a Quarry model file, or a foreign file (anything that is not JSON: ONNX),
     * which goes to the {@link ModelLoader} that reads foreign files. The loaders of each family
     * are found with {@link ServiceLoader}.
     *
     * @param file a file written by {@link #save} or an ONNX model
     * @return the model; close it
     * @throws ModelFormatException when the file is not a Quarry model or a field is wrong
     * @throws IOException when the file cannot be read
     */
    public static Model load(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        if (!new String(head, StandardCharsets.UTF_8).stripLeading().startsWith("{")) {
            // Not JSON: an ONNX ModelProto (protobuf).
            for (ModelLoader l : ServiceLoader.load(ModelLoader.class)) {
                if (l.readsForeignFiles()) {
                    return l.open(file);
                }
            }
            throw new ModelFormatException(
                    "not a Quarry model file, and no ONNX loader", file.toString());
        }
        String src = file.toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ModelFormatException("not JSON: " + e.getOriginalMessage(), src);
        }
        if (root == null || !"quarry-model".equals(root.path("format").asText())) {
            throw new ModelFormatException("/format: expected \"quarry-model\"", src);
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new ModelFormatException(
                    "/version: "
                            + root.path("version")
                            + " is not supported (expected "
                            + VERSION
                            + ")",
                    src);
        }
        String kind = text(root, "kind", src);
        Task task;
        try {
            task = Task.valueOf(text(root, "task", src));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("/task: unknown task " + root.path("task"), src);
        }
        List<String> features = new ArrayList<>();
        root.path("features").forEach(n -> features.add(n.asText()));
        JsonNode s = root.path("standardizer");
        double[] mean = doubles(s.path("mean"), features.size(), "/standardizer/mean", src);
        double[] std = doubles(s.path("std"), features.size(), "/standardizer/std", src);
        double missing =
                s.path("missing_value").isNumber()
                        ? s.path("missing_value").asDouble()
                        : Double.NaN;
        @SuppressWarnings("unchecked")
        Map<String, Object> config = MAPPER.convertValue(root.path("config"), LinkedHashMap.class);
        ModelInfo info =
                new ModelInfo(
                        kind,
                        task,
                        features,
                        new Standardizer(features, mean, std, missing),
                        config,
                        root.path("seed").asLong(),
                        provenance(root.path("provenance")),
                        root.path("prior_ratio").asDouble(1));
        byte[] weights;
        try {
            weights = Base64.getDecoder().decode(text(root, "weights", src));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("/weights: not base64", src);
        }
        for (ModelLoader l : ServiceLoader.load(ModelLoader.class)) {
            if (l.kinds().contains(kind)) {
                try {
                    return l.fromWeights(info, root.path("config"), weights);
                } catch (IllegalArgumentException e) {
                    throw new ModelFormatException("/weights: " + e.getMessage(), src);
                }
            }
        }
        throw new ModelFormatException("/kind: unknown model kind '" + kind + "'", src);
    }

    private static String text(JsonNode root, String field, String src) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual()) {
            throw new ModelFormatException("/" + field + ": missing or not a string", src);
        }
        return n.asText();
    }

    private static double[] doubles(JsonNode arr, int n, String pointer, String src) {
        if (!arr.isArray() || arr.size() != n) {
            throw new ModelFormatException(
                    pointer + ": expected an array of " + n + " numbers", src);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = arr.get(i).asDouble();
        }
        return v;
    }

    private static Provenance provenance(JsonNode p) {
        Map<String, String> config = new LinkedHashMap<>();
        p.path("config")
                .fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        List<Provenance.InputFile> inputs = new ArrayList<>();
        p.path("inputs")
                .forEach(
                        n ->
                                inputs.add(
                                        new Provenance.InputFile(
                                                n.path("path").asText(),
                                                n.path("sha256").asText())));
        List<String> command = new ArrayList<>();
        p.path("command").forEach(n -> command.add(n.asText()));
        return new Provenance(
                p.path("component").asText(),
                config,
                p.path("seed").asLong(),
                inputs,
                p.path("quarry_version").asText(),
                p.path("java_version").asText(),
                p.path("os").asText(),
                p.path("arch").asText(),
                p.path("timestamp").asText(),
                command);
    }
}
