package org.quarryhep.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A pyhf patchset (schema 1.0.0): named JSON Patches, one per signal point, with metadata ({@code
 * labels} and, per patch, {@code values}), as published on HEPData.
 */
public final class PatchSet {
    private final List<String> labels;
    private final List<NamedPatch> patches;

    /**
     * One patch of the set.
     *
     * @param name the patch name
     * @param values the signal-point coordinates, in the order of the set's labels
     * @param patch the JSON Patch
     */
    public record NamedPatch(String name, double[] values, JsonPatch patch) {}

    private PatchSet(List<String> labels, List<NamedPatch> patches) {
        this.labels = List.copyOf(labels);
        this.patches = List.copyOf(patches);
    }

    /**
     * Parses a patchset document.
     *
     * @param node the JSON object
     * @param source where it came from, for errors
     * @return the patchset
     * @throws InvalidSpecificationException naming the JSON pointer of a malformed entry
     */
    public static PatchSet fromJson(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new InvalidSpecificationException(
                    "", source + ": a patchset must be a JSON object");
        }
        if (!node.path("version").asText("").equals("1.0.0")) {
            throw new InvalidSpecificationException(
                    "/version", source + ": expected patchset version 1.0.0");
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode l : node.path("metadata").path("labels")) {
            labels.add(l.asText());
        }
        JsonNode arr = node.get("patches");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new InvalidSpecificationException(
                    "/patches", source + ": needs a non-empty array of patches");
        }
        List<NamedPatch> patches = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode p = arr.get(i);
            JsonNode meta = p.path("metadata");
            if (!meta.path("name").isTextual()) {
                throw new InvalidSpecificationException(
                        "/patches/" + i + "/metadata/name", source + ": a patch needs a name");
            }
            JsonNode vals = meta.path("values");
            double[] values = new double[vals.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = vals.get(k).asDouble();
            }
            if (!labels.isEmpty() && values.length != labels.size()) {
                throw new InvalidSpecificationException(
                        "/patches/" + i + "/metadata/values",
                        source + ": " + values.length + " values for " + labels.size() + " labels");
            }
            patches.add(
                    new NamedPatch(
                            meta.get("name").asText(),
                            values,
                            JsonPatch.fromJson(
                                    p.get("patch"), source + "#/patches/" + i + "/patch")));
        }
        return new PatchSet(labels, patches);
    }

    /** The labels of the signal-point coordinates. */
    public List<String> labels() {
        return labels;
    }

    /** The patches in file order. */
    public List<NamedPatch> patches() {
        return patches;
    }

    /**
     * The patch with a name.
     *
     * @param name the patch name
     * @return the patch
     * @throws InvalidSpecificationException when there is none
     */
    public JsonPatch patch(String name) {
        return patches.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(NamedPatch::patch)
                .orElseThrow(
                        () ->
                                new InvalidSpecificationException(
                                        "/patches",
                                        "no patch named '"
                                                + name
                                                + "'; the set has "
                                                + patches.stream().map(NamedPatch::name).toList()));
    }
}
