package org.quarryhep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.quarryhep.core.QuarryException;
import org.quarryhep.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry report}: re-renders the report of a run from its results.json. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Renders the plots (PNG, SVG, PDF), CSV tables, HTML page and HEPData submission of"
                        + " a run from RESULTS_DIR/results.json, without re-running anything.")
final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "RESULTS_DIR",
            description = "folder holding results.json")
    Path resultsDir;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "where to write (default RESULTS_DIR/report)")
    Path outDir;

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "FORMAT",
            defaultValue = "html,hepdata,pdf",
            description = "html, hepdata, pdf, comma-separated (default ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(
            names = "--hepdata-schemas",
            paramLabel = "DIR",
            description =
                    "HEPData JSON schemas 1.1.1 to validate the submission against; the command"
                            + " fails when HEPData would reject it")
    Path hepdataSchemas;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Set<Report.Output> outputs = EnumSet.noneOf(Report.Output.class);
        for (String f : formats) {
            try {
                outputs.add(Report.Output.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new QuarryException(
                        "--format: unknown format '" + f + "', expected html, hepdata or pdf");
            }
        }
        if (hepdataSchemas != null
                && !Files.isRegularFile(hepdataSchemas.resolve("data_schema.json"))) {
            throw new QuarryException(
                    "--hepdata-schemas: no data_schema.json in " + hepdataSchemas);
        }
        Path out = outDir != null ? outDir : resultsDir.resolve("report");
        long start = System.nanoTime();
        Report.Summary s = Report.render(resultsDir, out, outputs, hepdataSchemas);
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean rejected = s.hepdataProblems() != null && !s.hepdataProblems().isEmpty();
        var w = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("output", out.toString());
            o.put("page", s.page() == null ? null : s.page().toString());
            o.put("hepdata_zip", s.hepdataZip() == null ? null : s.hepdataZip().toString());
            o.put("hepdata_problems", s.hepdataProblems());
            o.put("figures", s.figures());
            o.put("tables", s.tables());
            o.put("files", s.files());
            o.put("seconds", seconds);
            Json.print(w, o);
        } else {
            w.printf(
                    "wrote %d figures and %d tables to %s in %.1f s%n",
                    s.figures(), s.tables(), out, seconds);
            if (s.page() != null) {
                w.printf("page: %s%n", s.page());
            }
            if (s.hepdataZip() != null) {
                w.printf(
                        "HEPData submission: %s%s%n",
                        s.hepdataZip(),
                        s.hepdataProblems() == null
                                ? " (not validated: no --hepdata-schemas)"
                                : rejected ? "" : " (valid)");
            }
            w.flush();
        }
        if (rejected) {
            var err = spec.commandLine().getErr();
            err.println("quarry report: error: HEPData would reject the submission:");
            s.hepdataProblems().forEach(p -> err.println("  " + p));
            err.flush();
            return 1;
        }
        return 0;
    }
}
