package org.quarryhep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.InvalidSpecificationException;
import org.quarryhep.stats.JsonPatch;
import org.quarryhep.stats.PatchSet;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceReader;
import org.quarryhep.stats.model.Model;
import org.quarryhep.stats.modifier.Interpolation;
import org.quarryhep.stats.modifier.InterpolationSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The workspace options every statistics command shares: the pyhf JSON file (or {@code -} for
 * standard input), signal patches, the measurement and the interpolation codes.
 */
final class WorkspaceOptions {
    @Parameters(
            index = "0",
            paramLabel = "WORKSPACE",
            description = "pyhf JSON workspace, or - for standard input")
    String workspace;

    @Option(
            names = "--patch",
            paramLabel = "P",
            description = "JSON Patch file, or patchset file#name; repeatable, applied in order")
    List<String> patches = new ArrayList<>();

    @Option(
            names = "--combine",
            paramLabel = "WORKSPACE",
            description = "another workspace to combine with (distinct channel names); repeatable")
    List<Path> combine = new ArrayList<>();

    @Option(
            names = "--measurement",
            paramLabel = "NAME",
            description = "measurement to use (default: the first)")
    String measurement;

    @Option(
            names = "--interp",
            paramLabel = "TYPE=CODE",
            description =
                    "interpolation code per modifier type, e.g. normsys=code4 histosys=code4p (pyhf defaults)")
    Map<String, String> interp = new LinkedHashMap<>();

    /** The interpolation settings: pyhf's defaults with the user's overrides. */
    InterpolationSettings interpolation() {
        InterpolationSettings s = InterpolationSettings.pyhfDefaults();
        for (Map.Entry<String, String> e : interp.entrySet()) {
            try {
                s = s.with(e.getKey(), Interpolation.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new QuarryException(
                        "--interp " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
            }
        }
        return s;
    }

    /** Reads the workspace, applies the patches and compiles the model. */
    Model load(java.io.InputStream stdin) throws IOException {
        InterpolationSettings codes = interpolation();
        JsonNode ws =
                workspace.equals("-")
                        ? WorkspaceReader.readTree(stdin, "stdin")
                        : WorkspaceReader.readTree(Paths.get(workspace));
        for (String p : patches) {
            ws = patch(p).apply(ws);
        }
        String source = workspace.equals("-") ? "stdin" : workspace;
        try {
            Workspace w = WorkspaceReader.fromJson(ws);
            for (Path other : combine) {
                w = Workspace.combine(w, WorkspaceReader.read(other));
            }
            return Model.compile(w, measurement, codes);
        } catch (InvalidSpecificationException e) {
            throw e.in(source);
        }
    }

    private static JsonPatch patch(String spec) throws IOException {
        int hash = spec.lastIndexOf('#');
        String file = hash >= 0 ? spec.substring(0, hash) : spec;
        JsonNode node = WorkspaceReader.readTree(Paths.get(file));
        if (node.isArray()) {
            if (hash >= 0) {
                throw new QuarryException(
                        file
                                + " is a JSON Patch, not a patchset; drop '#"
                                + spec.substring(hash + 1)
                                + "'");
            }
            return JsonPatch.fromJson(node, file);
        }
        PatchSet set = PatchSet.fromJson(node, file);
        if (hash >= 0) {
            return set.patch(spec.substring(hash + 1));
        }
        if (set.patches().size() != 1) {
            throw new QuarryException(
                    file
                            + " is a patchset with "
                            + set.patches().size()
                            + " patches; choose one with "
                            + file
                            + "#NAME");
        }
        return set.patches().get(0).patch();
    }

    /**
     * A result's provenance with this command's input files, its options and its command line (so
     * that {@link Provenance#command()} reproduces it), as the JSON of {@link Provenance#toJson()}
     * (which has the configuration's hash).
     */
    JsonNode provenance(Provenance result, Map<String, String> config, CommandSpec command)
            throws IOException {
        List<Provenance.InputFile> inputs = new ArrayList<>();
        if (!workspace.equals("-")) {
            inputs.add(Provenance.InputFile.of(Paths.get(workspace)));
        }
        for (Path c : combine) {
            inputs.add(Provenance.InputFile.of(c));
        }
        for (String p : patches) {
            int hash = p.lastIndexOf('#');
            Path f = Paths.get(hash >= 0 ? p.substring(0, hash) : p);
            if (Files.exists(f)) {
                inputs.add(Provenance.InputFile.of(f));
            }
        }
        Map<String, String> cfg = new LinkedHashMap<>(config);
        cfg.put(
                "interp",
                interpolation().normsys().pyhfName() + "/" + interpolation().histosys().pyhfName());
        cfg.put("patches", String.join(",", patches));
        return Json.MAPPER.readTree(
                result.with(cfg, inputs)
                        .withCommand(command.commandLine().getParseResult().originalArgs())
                        .toJson());
    }
}
