package org.quarryhep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.report.hepdata.HepDataTable;
import org.quarryhep.report.hepdata.HepDataTables;
import org.quarryhep.report.hepdata.HepDataValidator;
import org.quarryhep.report.hepdata.HepDataWriter;
import org.quarryhep.report.html.ExtensionSections;
import org.quarryhep.report.html.HtmlPage;
import org.quarryhep.report.model.Figure;
import org.quarryhep.report.model.ResultFile;
import org.quarryhep.report.model.Results;
import org.quarryhep.report.model.ResultsException;
import org.quarryhep.report.model.ResultsJson;
import org.quarryhep.report.model.Table;
import org.quarryhep.report.plot.FigurePainter;
import org.quarryhep.report.plot.Label;
import org.quarryhep.report.plot.PlotWriter;
import org.quarryhep.report.plot.ReferenceTable;

/**
 * Renders a report from a results folder (one holding {@code results.json} and the files it names)
 * without re-running anything: the plots, the CSV tables, the HTML page, the HEPData submission and
 * its zip.
 *
 * <p>Layout of the output folder: {@code index.html}; {@code plots/<id>.png} (always, for the page
 * and HEPData), {@code .svg} with HTML and {@code .pdf} with PDF; {@code tables/<id>.csv}; {@code
 * files/} (copies of the attached files); {@code results.json} (a copy); {@code hepdata/} and
 * {@code hepdata.zip}.
 */
public final class Report {
    /** The file name of the results inside a results folder. */
    public static final String RESULTS_JSON = "results.json";

    private Report() {}

    /**
     * Reads the results of an analysis run, or of a scan (turned into a report by {@link
     * ScanReport}).
     */
    private static Results read(Path json) throws IOException {
        String text = Files.readString(json, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            // Not JSON at all: the schema reader words that error with the file and line.
            return ResultsJson.parse(text, json.toString());
        }
        if (root != null && ScanReport.isScan(root)) {
            return ResultsJson.parse(
                    ScanReport.toReportJson(root, json.toString()), json.toString());
        }
        return ResultsJson.parse(text, json.toString());
    }

    /** What to produce. */
    public enum Output {
        /** The HTML page with PNG plots (and SVG versions to download). */
        HTML,
        /** The HEPData submission folder and zip. */
        HEPDATA,
        /** PDF versions of every plot, for papers. */
        PDF
    }

    /**
     * What was written.
     *
     * @param page the HTML page, or {@code null}
     * @param hepdataZip the HEPData archive, or {@code null}
     * @param hepdataProblems problems the HEPData validator found (empty when valid), or {@code
     *     null} when it was not run
     * @param figures number of figures drawn
     * @param tables number of tables written
     * @param files every file written, relative to the output folder
     */
    public record Summary(
            Path page,
            Path hepdataZip,
            List<String> hepdataProblems,
            int figures,
            int tables,
            List<String> files) {}

    /**
     * Renders a report.
     *
     * @param resultsDir the folder holding {@code results.json}
     * @param outDir where to write (created when missing)
     * @param outputs what to produce
     * @param hepdataSchemas the HEPData 1.1.1 schema folder to validate the submission against, or
     *     {@code null} to skip the check
     * @return what was written
     * @throws ResultsException when {@code results.json} or a file it names is missing or invalid
     * @throws IOException when reading or writing fails
     */
    public static Summary render(
            Path resultsDir, Path outDir, Set<Output> outputs, Path hepdataSchemas)
            throws IOException {
        Path json = resultsDir.resolve(RESULTS_JSON);
        if (!Files.isRegularFile(json)) {
            throw new ResultsException(
                    "no " + RESULTS_JSON + " in the results folder", resultsDir.toString());
        }
        Results results = read(json);
        for (int i = 0; i < results.files().size(); i++) {
            ResultFile f = results.files().get(i);
            if (!Files.isRegularFile(resultsDir.resolve(f.path()))) {
                throw new ResultsException(
                        "/files/" + i + "/path: '" + f.path() + "' does not exist beside it",
                        json.toString());
            }
        }
        Set<Output> out =
                outputs.isEmpty() ? EnumSet.noneOf(Output.class) : EnumSet.copyOf(outputs);
        List<String> written = new ArrayList<>();
        Files.createDirectories(outDir);

        FigurePainter painter =
                new FigurePainter(rel -> ReferenceTable.read(resolveInside(resultsDir, rel, json)));
        List<PlotWriter.Format> formats = new ArrayList<>(List.of(PlotWriter.Format.PNG));
        if (out.contains(Output.HTML)) {
            formats.add(PlotWriter.Format.SVG);
        }
        if (out.contains(Output.PDF)) {
            formats.add(PlotWriter.Format.PDF);
        }
        Map<String, Path> pngs = new LinkedHashMap<>();
        for (Figure f : results.figures()) {
            int[] size = FigurePainter.size(f);
            var drawing = painter.drawing(f);
            for (PlotWriter.Format fmt : formats) {
                String rel = "plots/" + f.id() + "." + fmt.extension();
                PlotWriter.write(drawing, size[0], size[1], fmt, outDir.resolve(rel));
                written.add(rel);
            }
            pngs.put(f.id() + ".png", outDir.resolve("plots/" + f.id() + ".png"));
        }
        Map<String, String> csv = new LinkedHashMap<>();
        for (Table t : results.tables()) {
            String rel = "tables/" + t.id() + ".csv";
            writeText(outDir.resolve(rel), CsvTables.of(t));
            csv.put(t.id(), rel);
            written.add(rel);
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (ResultFile f : results.files()) {
            String rel = "files/" + f.path();
            Path target = outDir.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(resultsDir.resolve(f.path()), target, StandardCopyOption.REPLACE_EXISTING);
            files.put(f.path(), rel);
            written.add(rel);
        }
        JsonNode raw = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        Map<String, String> extensionFiles = new LinkedHashMap<>();
        List<String> fromExtensions = ExtensionSections.files(raw);
        for (int i = 0; i < fromExtensions.size(); i++) {
            String path = fromExtensions.get(i);
            Path source = resultsDir.resolve(path).normalize();
            if (!source.startsWith(resultsDir.normalize()) || !Files.isRegularFile(source)) {
                throw new ResultsException(
                        "an extension's file '"
                                + path
                                + "' (extensions.*.files) does not exist"
                                + " beside it",
                        json.toString());
            }
            String rel = "extensions/" + path;
            Path target = outDir.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            extensionFiles.put(path, rel);
            written.add(rel);
        }
        if (!json.toAbsolutePath()
                .normalize()
                .equals(outDir.resolve(RESULTS_JSON).toAbsolutePath().normalize())) {
            Files.copy(json, outDir.resolve(RESULTS_JSON), StandardCopyOption.REPLACE_EXISTING);
        }
        written.add(RESULTS_JSON);

        Path zip = null;
        List<String> problems = null;
        if (out.contains(Output.HEPDATA)) {
            List<HepDataTable> tables = HepDataTables.of(results, id -> id + ".png");
            List<HepDataWriter.Resource> resources = new ArrayList<>();
            for (ResultFile f : results.files()) {
                if (!f.kind().equals("csv")) {
                    resources.add(
                            new HepDataWriter.Resource(
                                    resultsDir.resolve(f.path()), f.description()));
                }
            }
            String comment =
                    Label.parse(results.analysis().title()).plain()
                            + (results.analysis().description() == null
                                    ? ""
                                    : "\n\n" + results.analysis().description())
                            + "\n\nWritten by Quarry from results.json; configuration SHA-256 "
                            + results.provenance().configHash()
                            + ".";
            zip = outDir.resolve("hepdata.zip");
            HepDataWriter.write(
                    tables,
                    comment,
                    results.analysis().sqrtSGev(),
                    resources,
                    pngs,
                    outDir.resolve("hepdata"),
                    zip);
            written.add("hepdata/submission.yaml");
            written.add("hepdata.zip");
            if (hepdataSchemas != null) {
                problems =
                        new HepDataValidator(hepdataSchemas)
                                .validate(outDir.resolve("hepdata")).stream()
                                        .map(HepDataValidator.Message::toString)
                                        .toList();
            }
        }
        Path page = null;
        if (out.contains(Output.HTML)) {
            List<String> vector = new ArrayList<>(List.of("svg"));
            if (out.contains(Output.PDF)) {
                vector.add("pdf");
            }
            String html =
                    HtmlPage.render(
                            results,
                            new HtmlPage.Links(
                                    vector,
                                    csv,
                                    files,
                                    zip == null ? null : "hepdata.zip",
                                    RESULTS_JSON),
                            ExtensionSections.html(raw, extensionFiles));
            page = outDir.resolve("index.html");
            writeText(page, html);
            written.add("index.html");
        }
        return new Summary(
                page,
                zip,
                problems,
                results.figures().size(),
                results.tables().size(),
                List.copyOf(written));
    }

    private static Path resolveInside(Path dir, String rel, Path json) {
        Path p = dir.resolve(rel).normalize();
        if (!p.startsWith(dir.normalize()) || !Files.isRegularFile(p)) {
            throw new ResultsException(
                    "reference_csv '" + rel + "' is not a file inside " + dir, json.toString());
        }
        return p;
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFile.write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }
}
