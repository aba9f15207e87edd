package org.quarryhep.report.hepdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.quarryhep.report.model.ResultsException;

/**
 * Checks a HEPData submission folder the way HEPData's own validator ({@code hepdata-validator},
 * {@code FullSubmissionValidator} with schema version 1.1.1) does: every document of {@code
 * submission.yaml} against the submission schema (the first, without {@code data_file}, against the
 * additional-info schema), numeric {@code cmenergies}, no duplicate table names or data files,
 * resource locations and data-file names without '/', every named file present and every file
 * named, data files under 10 MB, each data file against the data schema, not all uncertainties of a
 * value zero, and as many values in each variable. The JSON schemas come from the folder given
 * (HEPData publishes them; Quarry does not ship copies).
 */
public final class HepDataValidator {
    private static final String BASE = "https://hepdata.net/submission/schemas/1.1.1/";
    private static final long SIZE_LIMIT = 10_485_760;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Schema submission;
    private final Schema additionalInfo;
    private final Schema data;

    /**
     * A problem found.
     *
     * @param file the file it is in
     * @param message what is wrong
     */
    public record Message(Path file, String message) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    /**
     * Loads the schemas.
     *
     * @param schemaDir the folder with {@code submission_schema.json}, {@code
     *     additional_info_schema.json}, {@code additional_resources_schema.json} and {@code
     *     data_schema.json} of version 1.1.1
     * @throws IOException when a schema cannot be read
     */
    public HepDataValidator(Path schemaDir) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String name :
                List.of(
                        "submission_schema.json",
                        "additional_info_schema.json",
                        "additional_resources_schema.json",
                        "data_schema.json")) {
            texts.put(
                    BASE + name, Files.readString(schemaDir.resolve(name), StandardCharsets.UTF_8));
        }
        // The submission schemas refer to the resources schema by its $id: serve it from memory.
        SchemaRegistry registry =
                SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_7, b -> b.schemas(texts));
        submission =
                registry.getSchema(
                        com.networknt.schema.SchemaLocation.of(BASE + "submission_schema.json"));
        additionalInfo =
                registry.getSchema(
                        com.networknt.schema.SchemaLocation.of(
                                BASE + "additional_info_schema.json"));
        data =
                registry.getSchema(
                        com.networknt.schema.SchemaLocation.of(BASE + "data_schema.json"));
    }

    /**
     * Validates a submission folder.
     *
     * @param dir the folder holding {@code submission.yaml}
     * @return the problems; empty when HEPData would accept the submission
     * @throws IOException when the folder cannot be read
     */
    public List<Message> validate(Path dir) throws IOException {
        List<Message> out = new ArrayList<>();
        Path sub = dir.resolve("submission.yaml");
        if (!Files.isRegularFile(sub)) {
            out.add(new Message(sub, "No submission.yaml file found in submission."));
            return out;
        }
        List<JsonNode> docs;
        try {
            docs =
                    YAML.readValues(YAML.getFactory().createParser(sub.toFile()), JsonNode.class)
                            .readAll();
        } catch (IOException e) {
            out.add(new Message(sub, "There was a problem parsing the file: " + e.getMessage()));
            return out;
        }
        List<String> names = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode doc = docs.get(i);
            if (doc == null
                    || doc.isNull()
                    || doc.isMissingNode()
                    || (doc.isObject() && doc.isEmpty())) {
                continue;
            }
            Schema schema = i == 0 && !doc.has("data_file") ? additionalInfo : submission;
            for (String e : errors(schema, doc)) {
                out.add(new Message(sub, "document " + (i + 1) + ": " + e));
            }
            if (schema == submission && doc.has("name") && doc.has("data_file")) {
                names.add(doc.get("name").asText());
                files.add(doc.get("data_file").asText());
                checkCmEnergies(doc, sub, i, out);
            }
        }
        duplicates(names, "name", sub, out);
        duplicates(files, "data_file", sub, out);
        if (!out.isEmpty()) {
            return out;
        }
        Set<Path> included = new HashSet<>();
        included.add(sub);
        for (JsonNode doc : docs) {
            if (doc == null || !doc.isObject()) {
                continue;
            }
            for (JsonNode r : doc.path("additional_resources")) {
                String loc = r.path("location").asText();
                if (loc.startsWith("http")) {
                    continue;
                }
                included.add(dir.resolve(loc).normalize());
                if (loc.contains("/")) {
                    out.add(
                            new Message(
                                    sub,
                                    "Location of 'additional_resources' file '"
                                            + loc
                                            + "' should not contain '/'."));
                } else if (!Files.isRegularFile(dir.resolve(loc))) {
                    out.add(new Message(sub, "Missing 'additional_resources' file '" + loc + "'."));
                }
            }
            if (!doc.has("data_file")) {
                continue;
            }
            String name = doc.get("data_file").asText();
            if (name.contains("/")) {
                out.add(
                        new Message(
                                sub, "Name of data_file '" + name + "' should not contain '/'."));
                continue;
            }
            Path file = dir.resolve(name);
            included.add(file.normalize());
            if (!Files.isRegularFile(file)) {
                out.add(new Message(file, "Missing data_file '" + name + "'."));
                continue;
            }
            if (Files.size(file) > SIZE_LIMIT) {
                out.add(
                        new Message(
                                file,
                                "Size of data_file '"
                                        + name
                                        + "' ("
                                        + Files.size(file)
                                        + " bytes) is bigger than the limit of "
                                        + SIZE_LIMIT
                                        + " bytes."));
                continue;
            }
            for (String e : validateDataFile(file)) {
                out.add(new Message(file, e));
            }
        }
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.sorted().toList()) {
                if (!included.contains(p.normalize())) {
                    out.add(
                            new Message(
                                    p, p.getFileName() + " is not referenced in the submission."));
                }
            }
        }
        return out;
    }

    /**
     * Validates one data file: the data schema, then HEPData's two extra checks.
     *
     * @param file the YAML data file
     * @return the problems; empty when valid
     * @throws IOException when the file cannot be read
     */
    public List<String> validateDataFile(Path file) throws IOException {
        JsonNode doc;
        try {
            doc = YAML.readTree(file.toFile());
        } catch (IOException e) {
            return List.of("There was a problem parsing the file: " + e.getMessage());
        }
        if (doc == null || doc.isNull() || doc.isMissingNode()) {
            return List.of("No data found in file.");
        }
        List<String> out = errors(data, doc);
        if (!out.isEmpty()) {
            return out;
        }
        for (JsonNode dep : doc.get("dependent_variables")) {
            int i = 0;
            for (JsonNode v : dep.path("values")) {
                JsonNode errs = v.path("errors");
                if (errs.isArray() && errs.size() > 0) {
                    boolean allZero = true;
                    for (JsonNode e : errs) {
                        allZero &=
                                e.has("symerror")
                                        ? isZero(e.get("symerror"))
                                        : isZero(e.path("asymerror").path("plus"))
                                                && isZero(e.path("asymerror").path("minus"));
                    }
                    if (allZero) {
                        out.add(
                                "Uncertainties should not all be zero (dependent_variables values["
                                        + i
                                        + "])");
                    }
                }
                i++;
            }
        }
        List<Integer> counts = new ArrayList<>();
        doc.get("independent_variables").forEach(v -> counts.add(v.path("values").size()));
        doc.get("dependent_variables").forEach(v -> counts.add(v.path("values").size()));
        if (new HashSet<>(counts).size() > 1) {
            out.add("Inconsistent length of 'values' list: " + counts);
        }
        return out;
    }

    // HEPData converts the error to a number after stripping '%'; a non-number is not zero.
    private static boolean isZero(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble() == 0;
        }
        try {
            return Double.parseDouble(n.asText().replace("%", "")) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> errors(Schema schema, JsonNode doc) {
        String text;
        try {
            text = JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new ResultsException("cannot convert YAML to JSON", null, e);
        }
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(text, InputFormat.JSON)) {
            String where = e.getInstanceLocation().toString();
            out.add((where.isEmpty() ? "" : where + ": ") + e.getMessage());
        }
        return out;
    }

    private static void checkCmEnergies(JsonNode doc, Path sub, int index, List<Message> out) {
        for (JsonNode k : doc.path("keywords")) {
            if (!"cmenergies".equals(k.path("name").asText())) {
                continue;
            }
            JsonNode values = k.path("values");
            for (JsonNode v : values) {
                if (v.isNumber()) {
                    continue;
                }
                String s = v.asText();
                boolean number;
                try {
                    Double.parseDouble(s);
                    number = true;
                } catch (NumberFormatException e) {
                    number = false;
                }
                if (!number && (!s.matches("^\\d+\\.?\\d?-\\d+\\.?\\d?$") || values.size() > 1)) {
                    out.add(
                            new Message(
                                    sub,
                                    "document "
                                            + (index + 1)
                                            + ": Invalid value (in GeV) for cmenergies: '"
                                            + s
                                            + "'"));
                }
            }
        }
    }

    private static void duplicates(List<String> items, String key, Path sub, List<Message> out) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String s : items) {
            if (!seen.add(s) && reported.add(s)) {
                out.add(new Message(sub, "Duplicate table " + key + ": " + s));
            }
        }
    }
}
