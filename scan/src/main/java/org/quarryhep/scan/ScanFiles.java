package org.quarryhep.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.quarryhep.core.Provenance;

/**
 * Runs a scan file into an output folder, as {@code quarry scan} and the Spark job jar do: reads
 * the file, runs it on an executor with the point cache in {@code DIR/points}, writes {@code
 * DIR/results.json} with provenance.
 */
public final class ScanFiles {
    private ScanFiles() {}

    /**
     * A finished scan and where its results are.
     *
     * @param result the scan's result
     * @param resultsJson the {@code results.json} written
     */
    public record Finished(ScanResult result, Path resultsJson) {}

    /**
     * Runs {@code scanFile} into {@code outDir}.
     *
     * @param scanFile the scan definition
     * @param outDir where results.json and the point cache go
     * @param executor runs the points
     * @param resume take points already in the cache instead of running them
     * @param onDone called for every finished point
     * @throws ScanException for a bad scan file or when the results cannot be written
     */
    public static Finished run(
            Path scanFile,
            Path outDir,
            ScanExecutor executor,
            boolean resume,
            Consumer<PointOutcome> onDone) {
        String text;
        try {
            text = Files.readString(scanFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScanException("cannot read scan file " + scanFile + ": " + e.getMessage(), e);
        }
        ScanJob job = ScanJob.fromText(text, scanFile.toString());
        PointCache cache = new PointCache(outDir.resolve("points"), job.definition());
        ScanResult result = new ScanRun(executor, cache, resume, onDone).run(job);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("scan", job.definition().name());
        config.put("file", scanFile.toString());
        config.put("executor", executor.name());
        config.put("resume", Boolean.toString(resume));
        try {
            Provenance provenance =
                    Provenance.of(
                            "quarry scan",
                            config,
                            job.definition().seed(),
                            List.of(Provenance.InputFile.of(scanFile)));
            return new Finished(result, ResultsJson.write(outDir, result, provenance));
        } catch (IOException e) {
            throw new ScanException(
                    "cannot write " + outDir.resolve("results.json") + ": " + e.getMessage(), e);
        }
    }
}
