package org.quarryhep.report.hepdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.report.hepdata.HepDataTable.Bin;
import org.quarryhep.report.hepdata.HepDataTable.Dependent;
import org.quarryhep.report.hepdata.HepDataTable.Independent;
import org.quarryhep.report.hepdata.HepDataTable.Uncertainty;
import org.quarryhep.report.hepdata.HepDataTable.Value;
import org.quarryhep.report.model.ResultsException;

/**
 * Writes a HEPData submission folder ({@code submission.yaml}, the data files, the attached
 * resources side by side, no sub-folders, as HEPData requires) and its zip archive. The YAML keys
 * are HEPData's and are mapped here only.
 */
public final class HepDataWriter {
    private static final YAMLMapper YAML =
            new YAMLMapper()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES);

    private HepDataWriter() {}

    /**
     * A file attached to the whole submission.
     *
     * @param source the file to copy
     * @param description one line
     */
    public record Resource(Path source, String description) {}

    /**
     * Writes the submission folder and the zip.
     *
     * @param tables the tables
     * @param comment the submission's comment (the analysis)
     * @param sqrtSGev the centre-of-mass energy in GeV, written as each table's {@code cmenergies}
     *     keyword, or {@code null}
     * @param resources files attached to the submission (workspaces, ONNX models)
     * @param images image files to copy, by file name (each table names its images)
     * @param folder the submission folder to create (its previous content is replaced)
     * @param zip the archive to write
     * @throws IOException when writing fails
     */
    public static void write(
            List<HepDataTable> tables,
            String comment,
            Double sqrtSGev,
            List<Resource> resources,
            Map<String, Path> images,
            Path folder,
            Path zip)
            throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
        StringBuilder submission = new StringBuilder();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("comment", comment);
        List<Map<String, Object>> attached = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Resource r : resources) {
            String name = attachedName(r.source(), names, images.keySet());
            Files.copy(r.source(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            attached.add(resource(name, r.description()));
        }
        if (!attached.isEmpty()) {
            info.put("additional_resources", attached);
        }
        submission.append(yaml(info));
        for (HepDataTable t : tables) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("name", t.name());
            doc.put("description", t.description());
            doc.put(
                    "keywords",
                    sqrtSGev == null
                            ? List.of()
                            : List.of(Map.of("name", "cmenergies", "values", List.of(sqrtSGev))));
            doc.put("data_file", t.dataFile());
            List<Map<String, Object>> imgs = new ArrayList<>();
            for (String image : t.images()) {
                Files.copy(
                        images.get(image),
                        folder.resolve(image),
                        StandardCopyOption.REPLACE_EXISTING);
                imgs.add(resource(image, "Image file"));
            }
            if (!imgs.isEmpty()) {
                doc.put("additional_resources", imgs);
            }
            submission.append(yaml(doc));
            Files.writeString(folder.resolve(t.dataFile()), yaml(data(t)), StandardCharsets.UTF_8);
        }
        Files.writeString(
                folder.resolve("submission.yaml"), submission.toString(), StandardCharsets.UTF_8);
        zip(folder, zip);
    }

    private static Map<String, Object> resource(String location, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location);
        m.put("description", description);
        return m;
    }

    private static String yaml(Object o) {
        try {
            return YAML.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write HEPData YAML", e);
        }
    }

    private static Map<String, Object> data(HepDataTable t) {
        List<Object> ind = new ArrayList<>();
        for (Independent v : t.independent()) {
            List<Object> values = new ArrayList<>();
            for (Object o : v.values()) {
                Map<String, Object> m = new LinkedHashMap<>();
                if (o instanceof Bin b) {
                    m.put("low", b.low());
                    m.put("high", b.high());
                } else {
                    m.put("value", o);
                }
                values.add(m);
            }
            ind.add(variable(v.name(), v.units(), values));
        }
        List<Object> dep = new ArrayList<>();
        for (Dependent v : t.dependent()) {
            List<Object> values = new ArrayList<>();
            for (Value x : v.values()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", Double.isFinite(x.value()) ? x.value() : "-");
                if (!x.errors().isEmpty()) {
                    List<Object> errs = new ArrayList<>();
                    for (Uncertainty u : x.errors()) {
                        Map<String, Object> e = new LinkedHashMap<>();
                        if (u.minus() == null) {
                            e.put("symerror", u.plus());
                        } else {
                            Map<String, Object> a = new LinkedHashMap<>();
                            a.put("plus", u.plus());
                            a.put("minus", u.minus());
                            e.put("asymerror", a);
                        }
                        e.put("label", u.label());
                        errs.add(e);
                    }
                    m.put("errors", errs);
                }
                values.add(m);
            }
            dep.add(variable(v.name(), v.units(), values));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("independent_variables", ind);
        doc.put("dependent_variables", dep);
        return doc;
    }

    private static Map<String, Object> variable(String name, String units, List<Object> values) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("name", name);
        if (units != null && !units.isEmpty()) {
            header.put("units", units);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("header", header);
        v.put("values", values);
        return v;
    }

    /**
     * Zips the folder's files at the archive's root, sorted, with fixed times (same bytes every
     * run).
     */
    private static void zip(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        AtomicFile.write(
                zip,
                tmp -> {
                    try (OutputStream os = Files.newOutputStream(tmp);
                            ZipOutputStream out = new ZipOutputStream(os)) {
                        for (Path f : files) {
                            ZipEntry e = new ZipEntry(f.getFileName().toString());
                            e.setTime(946684800000L);
                            out.putNextEntry(e);
                            Files.copy(f, out);
                            out.closeEntry();
                        }
                    }
                });
    }

    /**
     * The file's name at the top of the submission (HEPData wants every file there): its own name,
     * or, when that is taken (two models' {@code model.json}, one feature table per sample), the
     * name of its folder, cut to 12 characters, then a dash and its name — cache folders are
     * content hashes, so the name stays the same from run to run.
     */
    static String attachedName(
            Path source, java.util.Set<String> taken, java.util.Set<String> images) {
        String own = source.getFileName().toString();
        String name = own;
        Path parent = source.getParent();
        if ((taken.contains(name) || images.contains(name))
                && parent != null
                && parent.getFileName() != null) {
            String folder = parent.getFileName().toString();
            name = folder.substring(0, Math.min(12, folder.length())) + "-" + own;
        }
        if (taken.contains(name) || images.contains(name)) {
            throw new ResultsException(
                    "two files attached to the HEPData submission are both named '" + name + "'",
                    source.toString());
        }
        taken.add(name);
        return name;
    }
}
