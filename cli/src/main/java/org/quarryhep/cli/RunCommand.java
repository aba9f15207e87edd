package org.quarryhep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quarryhep.pipeline.AnalysisFile;
import org.quarryhep.pipeline.AnalysisFiles;
import org.quarryhep.pipeline.Pipeline;
import org.quarryhep.pipeline.PipelineListener;
import org.quarryhep.pipeline.RunOptions;
import org.quarryhep.pipeline.RunResult;
import org.quarryhep.pipeline.Stage;
import org.quarryhep.pipeline.StageFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry run}: runs an analysis file from samples to limits through the stage cache. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs an analysis file (samples, chain, selection, histograms, statistics) stage by"
                    + " stage: generate, simulate, select, features, train, histogram (which"
                    + " applies the models), statistics. Each stage's output is cached under DIR/cache by a"
                    + " hash of its configuration, inputs and Quarry's version, so a change"
                    + " re-runs only the stages after it. Writes DIR/results.json.",
            "The whole file is validated before any stage runs."
        })
public final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ANALYSIS.yaml", description = "the analysis file")
    Path analysis;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "output directory (default: quarry-out/<analysis name>)")
    Path output;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "override a value of the file, e.g. --set samples.0.events=2000")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(
            names = "--only",
            paramLabel = "STAGE",
            description = "run one stage from cached inputs and stop after it")
    String only;

    @Option(names = "--fresh", description = "ignore cached outputs of earlier runs")
    boolean fresh;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--json", description = "print a JSON summary on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Optional<Stage> onlyStage = Optional.ofNullable(only).map(Stage::of);
        AnalysisFile def = AnalysisFiles.load(analysis, overrides);
        Path out = output != null ? output : Path.of("quarry-out", def.name());
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        RunOptions options = new RunOptions(out, fresh, n, onlyStage);
        PrintWriter err = spec.commandLine().getErr();
        StageProgress progress = new StageProgress(err);
        RunResult result;
        try {
            result = new Pipeline(def, options, progress).run();
        } catch (StageFailedException e) {
            err.println(
                    "earlier stages' outputs stay cached in "
                            + out.resolve("cache")
                            + "; "
                            + out.resolve("results.json")
                            + " records the failure");
            throw e;
        } finally {
            progress.close();
        }
        report(result);
        return 0;
    }

    private void report(RunResult r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("results_file", r.resultsFile().toString());
            doc.putAll(r.results());
            Json.print(out, doc);
            return;
        }
        long cached = r.stages().stream().filter(s -> s.cached()).count();
        out.printf(
                Locale.ROOT,
                "%d stage outputs, %d from the cache; results in %s%n",
                r.stages().size(),
                cached,
                r.resultsFile());
        out.flush();
    }

    /** One progress bar per stage and item, and a line per finished stage on stderr. */
    private static final class StageProgress implements PipelineListener, AutoCloseable {
        private final PrintWriter err;
        private Progress bar;

        StageProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(Stage stage, String item, long total, String unit) {
            close();
            bar = Progress.start(stage.id() + " " + item, total, unit);
        }

        @Override
        public void progress(long done) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void finished(Stage stage, String item, boolean cached, String key) {
            close();
            err.printf(
                    Locale.ROOT,
                    "%-10s %-30s %s (%s)%n",
                    stage.id(),
                    item,
                    cached ? "cached" : "done",
                    key);
            err.flush();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
