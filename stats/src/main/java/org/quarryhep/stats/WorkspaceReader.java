package org.quarryhep.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.ModifierSpec.BinValues;
import org.quarryhep.stats.ModifierSpec.HistoTemplates;
import org.quarryhep.stats.ModifierSpec.ModifierData;
import org.quarryhep.stats.ModifierSpec.NoData;
import org.quarryhep.stats.ModifierSpec.NormFactors;

/**
 * Reads pyhf JSON workspaces and checks them: first against the bundled JSON Schema ({@code
 * schemas/1.0.0/workspace.json}), then the rules a schema cannot express, the consistency pyhf
 * checks when it builds a model (bin counts, non-negative finite yields, known modifier types, an
 * observation for every channel, a POI in every measurement). Every error is an {@link
 * InvalidSpecificationException} naming the JSON pointer of the bad value.
 */
public final class WorkspaceReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaValidator SCHEMA = SchemaValidator.of("1.0.0", "workspace.json");

    private WorkspaceReader() {}

    /**
     * Reads a JSON document.
     *
     * @param in the stream (not closed)
     * @param source the file name or "stdin", for error messages
     * @return the JSON tree
     * @throws QuarryException when the text is not JSON, naming source:line
     * @throws IOException when reading fails
     */
    public static JsonNode readTree(InputStream in, String source) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new QuarryException(
                        "empty input, expected a JSON document", source, -1, null);
            }
            return node;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new QuarryException(syntaxMessage(e.getOriginalMessage()), source, line, e);
        }
    }

    /**
     * The parser's complaint in the user's terms: NaN and infinities (which JSON has no spelling
     * for) named as such, without Jackson's hints about its own feature flags.
     */
    static String syntaxMessage(String parserMessage) {
        if (parserMessage.contains("'NaN'")) {
            return "not a number (NaN); JSON has no NaN, write a number";
        }
        if (parserMessage.contains("Infinity'")) {
            return "not a number (infinity); JSON has no infinities, write a number";
        }
        String m = parserMessage;
        for (String hint : new String[] {": enable ", " (or enable ", "\n"}) {
            int cut = m.indexOf(hint);
            if (cut >= 0) {
                m = m.substring(0, cut);
            }
        }
        return "not valid JSON: " + m;
    }

    /**
     * Reads a JSON file.
     *
     * @param path the file
     * @return the JSON tree
     * @throws QuarryException when the text is not JSON, naming file:line
     * @throws IOException when reading fails
     */
    public static JsonNode readTree(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return readTree(in, path.toString());
        }
    }

    /**
     * Reads and validates a workspace file.
     *
     * @param path the JSON file
     * @return the workspace
     * @throws InvalidSpecificationException when the workspace is invalid (message prefixed with
     *     the file name and the JSON pointer)
     * @throws IOException when reading fails
     */
    public static Workspace read(Path path) throws IOException {
        JsonNode node = readTree(path);
        try {
            return fromJson(node);
        } catch (InvalidSpecificationException e) {
            throw e.in(path.toString());
        }
    }

    /**
     * Validates a JSON tree and converts it to a workspace.
     *
     * @param root the JSON document
     * @return the workspace
     * @throws InvalidSpecificationException naming the JSON pointer of the first problem found
     */
    public static Workspace fromJson(JsonNode root) {
        requireObject(root, "");
        JsonNode version0 = root.get("version");
        if (version0 != null && version0.isTextual() && !version0.asText().equals("1.0.0")) {
            throw new InvalidSpecificationException(
                    "/version",
                    "unsupported schema version '" + version0.asText() + "', expected 1.0.0");
        }
        SCHEMA.validate(root);
        String version = text(root, "", "version");
        if (!version.equals("1.0.0")) {
            throw new InvalidSpecificationException(
                    "/version", "unsupported schema version '" + version + "', expected 1.0.0");
        }
        JsonNode channelsNode = array(root, "", "channels");
        if (channelsNode.isEmpty()) {
            throw new InvalidSpecificationException("/channels", "needs at least one channel");
        }
        List<Workspace.Channel> channels = new ArrayList<>();
        Set<String> channelNames = new HashSet<>();
        for (int i = 0; i < channelsNode.size(); i++) {
            Workspace.Channel c = channel(channelsNode.get(i), "/channels/" + i);
            if (!channelNames.add(c.name())) {
                throw new InvalidSpecificationException(
                        "/channels/" + i + "/name", "duplicate channel name '" + c.name() + "'");
            }
            channels.add(c);
        }
        JsonNode obsNode = array(root, "", "observations");
        List<Workspace.Observation> observations = new ArrayList<>();
        for (int i = 0; i < obsNode.size(); i++) {
            String p = "/observations/" + i;
            JsonNode o = obsNode.get(i);
            requireObject(o, p);
            String name = text(o, p, "name");
            double[] data = numbers(array(o, p, "data"), p + "/data", true);
            // pyhf tolerates observations of channels a patch removed (the sbottom patches drop
            // validation regions); they are kept in the workspace and ignored by the model.
            java.util.Optional<Workspace.Channel> c =
                    channels.stream().filter(ch -> ch.name().equals(name)).findFirst();
            if (c.isPresent() && data.length != c.get().bins()) {
                throw new InvalidSpecificationException(
                        p + "/data",
                        "channel '"
                                + name
                                + "' has "
                                + c.get().bins()
                                + " bins but "
                                + data.length
                                + " observed values");
            }
            observations.add(new Workspace.Observation(name, data));
        }
        for (int i = 0; i < channels.size(); i++) {
            String name = channels.get(i).name();
            if (observations.stream().noneMatch(o -> o.name().equals(name))) {
                throw new InvalidSpecificationException(
                        "/observations",
                        "no observed data for channel '" + name + "' (/channels/" + i + ")");
            }
        }
        JsonNode measNode = array(root, "", "measurements");
        if (measNode.isEmpty()) {
            throw new InvalidSpecificationException(
                    "/measurements", "needs at least one measurement");
        }
        List<Workspace.Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < measNode.size(); i++) {
            measurements.add(measurement(measNode.get(i), "/measurements/" + i));
        }
        return new Workspace(channels, observations, measurements, version);
    }

    private static Workspace.Channel channel(JsonNode node, String p) {
        requireObject(node, p);
        String name = text(node, p, "name");
        JsonNode samplesNode = array(node, p, "samples");
        if (samplesNode.isEmpty()) {
            throw new InvalidSpecificationException(p + "/samples", "needs at least one sample");
        }
        List<Workspace.Sample> samples = new ArrayList<>();
        int bins = -1;
        for (int j = 0; j < samplesNode.size(); j++) {
            String sp = p + "/samples/" + j;
            JsonNode s = samplesNode.get(j);
            requireObject(s, sp);
            String sname = text(s, sp, "name");
            double[] data = numbers(array(s, sp, "data"), sp + "/data", true);
            if (data.length == 0) {
                throw new InvalidSpecificationException(sp + "/data", "needs at least one bin");
            }
            if (bins < 0) {
                bins = data.length;
            } else if (data.length != bins) {
                throw new InvalidSpecificationException(
                        sp + "/data",
                        "sample '"
                                + sname
                                + "' has "
                                + data.length
                                + " bins but channel '"
                                + name
                                + "' has "
                                + bins);
            }
            JsonNode modsNode = array(s, sp, "modifiers");
            List<ModifierSpec> mods = new ArrayList<>();
            for (int k = 0; k < modsNode.size(); k++) {
                mods.add(modifier(modsNode.get(k), sp + "/modifiers/" + k, bins));
            }
            samples.add(new Workspace.Sample(sname, data, mods));
        }
        return new Workspace.Channel(name, samples);
    }

    private static ModifierSpec modifier(JsonNode node, String p, int bins) {
        requireObject(node, p);
        String name = text(node, p, "name");
        String type = text(node, p, "type");
        JsonNode data = node.get("data");
        String dp = p + "/data";
        ModifierData md;
        switch (type) {
            case "normfactor", "shapefactor", "lumi" -> {
                if (data != null && !data.isNull()) {
                    throw new InvalidSpecificationException(dp, type + " takes \"data\": null");
                }
                md = new NoData();
            }
            case "normsys" -> {
                if (data == null || !data.isObject()) {
                    throw new InvalidSpecificationException(
                            dp, "normsys needs {\"hi\": x, \"lo\": y}");
                }
                double hi = number(data, dp, "hi");
                double lo = number(data, dp, "lo");
                md = new NormFactors(hi, lo);
            }
            case "histosys" -> {
                if (data == null || !data.isObject()) {
                    throw new InvalidSpecificationException(
                            dp, "histosys needs {\"hi_data\": [...], \"lo_data\": [...]}");
                }
                double[] hi = numbers(array(data, dp, "hi_data"), dp + "/hi_data", false);
                double[] lo = numbers(array(data, dp, "lo_data"), dp + "/lo_data", false);
                checkBins(hi, bins, dp + "/hi_data");
                checkBins(lo, bins, dp + "/lo_data");
                md = new HistoTemplates(hi, lo);
            }
            case "shapesys", "staterror" -> {
                if (data == null || !data.isArray()) {
                    throw new InvalidSpecificationException(
                            dp, type + " needs an array of per-bin uncertainties");
                }
                double[] v = numbers(data, dp, true);
                checkBins(v, bins, dp);
                md = new BinValues(v);
            }
            default ->
                    throw new InvalidSpecificationException(
                            p + "/type",
                            "unknown modifier type '"
                                    + type
                                    + "'; expected one of "
                                    + ModifierSpec.TYPES);
        }
        return new ModifierSpec(name, type, md);
    }

    private static void checkBins(double[] v, int bins, String p) {
        if (v.length != bins) {
            throw new InvalidSpecificationException(
                    p, "has " + v.length + " values but the sample has " + bins + " bins");
        }
    }

    private static Workspace.Measurement measurement(JsonNode node, String p) {
        requireObject(node, p);
        String name = text(node, p, "name");
        JsonNode config = node.get("config");
        if (config == null || !config.isObject()) {
            throw new InvalidSpecificationException(p + "/config", "missing measurement config");
        }
        String cp = p + "/config";
        JsonNode poi = config.get("poi");
        if (poi == null || !poi.isTextual() || poi.asText().isEmpty()) {
            throw new InvalidSpecificationException(
                    cp + "/poi", "measurement '" + name + "' has no parameter of interest");
        }
        JsonNode params = array(config, cp, "parameters");
        List<Workspace.ParameterConfig> configs = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            String pp = cp + "/parameters/" + i;
            JsonNode q = params.get(i);
            requireObject(q, pp);
            String pname = text(q, pp, "name");
            double[] inits = optionalNumbers(q, pp, "inits");
            double[] auxdata = optionalNumbers(q, pp, "auxdata");
            double[] sigmas = optionalNumbers(q, pp, "sigmas");
            double[][] bounds = null;
            JsonNode b = q.get("bounds");
            if (b != null) {
                if (!b.isArray()) {
                    throw new InvalidSpecificationException(
                            pp + "/bounds", "expected [[lo, hi], ...]");
                }
                bounds = new double[b.size()][];
                for (int k = 0; k < b.size(); k++) {
                    double[] pair = numbers(b.get(k), pp + "/bounds/" + k, false);
                    if (pair.length != 2 || !(pair[0] <= pair[1])) {
                        throw new InvalidSpecificationException(
                                pp + "/bounds/" + k, "expected [low, high] with low <= high");
                    }
                    bounds[k] = pair;
                }
            }
            JsonNode fixed = q.get("fixed");
            if (fixed != null && !fixed.isBoolean()) {
                throw new InvalidSpecificationException(pp + "/fixed", "expected true or false");
            }
            configs.add(
                    new Workspace.ParameterConfig(
                            pname,
                            inits,
                            bounds,
                            fixed != null && fixed.asBoolean(),
                            auxdata,
                            sigmas));
        }
        return new Workspace.Measurement(name, poi.asText(), configs);
    }

    private static double[] optionalNumbers(JsonNode node, String p, String field) {
        JsonNode v = node.get(field);
        return v == null ? null : numbers(v, p + "/" + field, false);
    }

    private static void requireObject(JsonNode node, String p) {
        if (node == null || !node.isObject()) {
            throw new InvalidSpecificationException(p, "expected a JSON object");
        }
    }

    private static String text(JsonNode node, String p, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new InvalidSpecificationException(p + "/" + field, "missing required field");
        }
        if (!v.isTextual()) {
            throw new InvalidSpecificationException(p + "/" + field, "expected a string, got " + v);
        }
        return v.asText();
    }

    private static JsonNode array(JsonNode node, String p, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new InvalidSpecificationException(p + "/" + field, "missing required field");
        }
        if (!v.isArray()) {
            throw new InvalidSpecificationException(p + "/" + field, "expected an array");
        }
        return v;
    }

    private static double number(JsonNode node, String p, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new InvalidSpecificationException(p + "/" + field, "missing required field");
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new InvalidSpecificationException(
                    p + "/" + field, "expected a finite number, got " + v);
        }
        return v.asDouble();
    }

    private static double[] numbers(JsonNode arr, String p, boolean nonNegative) {
        if (!arr.isArray()) {
            throw new InvalidSpecificationException(p, "expected an array of numbers");
        }
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = arr.get(i);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new InvalidSpecificationException(
                        p + "/" + i, "expected a finite number, got " + v);
            }
            out[i] = v.asDouble();
            if (nonNegative && out[i] < 0) {
                throw new InvalidSpecificationException(
                        p + "/" + i, "negative value " + out[i] + " (yields must be >= 0)");
            }
        }
        return out;
    }
}
