package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.cache.StageKey;
import org.quarryhep.pipeline.extension.AnalysisInfo;
import org.quarryhep.pipeline.extension.ExtensionContext;
import org.quarryhep.pipeline.extension.Extensions;
import org.quarryhep.pipeline.extension.SampleInfo;
import org.quarryhep.pipeline.extension.SampleOutputs;

/**
 * The {@code extension} stage: the analysis file's {@code extensions:} run after the standard
 * stages, each through the cache. An extension's key holds its name, version, config text, the
 * analysis seed and collision, and every input's key (generate, features, histogram, models), so a
 * change anywhere upstream re-runs it and nothing else does.
 */
final class ExtensionStage {
    /** The extension's results.json entries, kept in its cache entry. */
    static final String ENTRIES = "extension.json";

    /** Its files, published as {@code DIR/<name>/}. */
    static final String FILES = "files";

    private ExtensionStage() {}

    /** The extension uses of a validated file (validated again: cheap, and no state to carry). */
    static List<Extensions.Use> uses(AnalysisFile a) {
        return Extensions.resolve(
                Optional.ofNullable(a.sections().get(Extensions.SECTION)), info(a));
    }

    /** What an extension sees of the file. */
    static AnalysisInfo info(AnalysisFile a) {
        List<SampleInfo> samples = new ArrayList<>();
        for (SampleDefinition s : a.samples()) {
            boolean process = s.source() instanceof ProcessSource;
            samples.add(
                    new SampleInfo(
                            s.name(),
                            s.group(),
                            s.role() == SampleDefinition.Role.SIGNAL,
                            process ? ((ProcessSource) s.source()).process() : "",
                            process ? ((ProcessSource) s.source()).params() : Map.of(),
                            s.labels(),
                            s.seed()));
        }
        return new AnalysisInfo(
                a.name(),
                a.source(),
                a.seed(),
                a.collider().sqrtS(),
                a.collider().pdf(),
                a.collider().scale(),
                a.collider().luminosityInvFb(),
                samples,
                a.models().stream().map(ModelDefinition::name).toList());
    }

    /** The cache key of one extension. */
    static StageKey key(
            AnalysisFile a, Extensions.Use use, List<StageKey> inputs, List<Double> sigmas) {
        ColliderSettings c = a.collider();
        StageKey.Builder kb =
                StageKey.builder(Stage.EXTENSION.id())
                        .config("name", use.extension().name())
                        .config("version", use.extension().version())
                        .config("config", use.config().canonical())
                        .config("seed", Long.toString(a.seed()))
                        .config(
                                "collider",
                                c.sqrtS()
                                        + " "
                                        + c.pdf()
                                        + " "
                                        + c.scale()
                                        + " "
                                        + c.luminosityInvFb());
        for (StageKey k : inputs) {
            kb.input(k);
        }
        for (int i = 0; i < sigmas.size(); i++) {
            kb.config("sigma." + i, Double.toString(sigmas.get(i)));
        }
        return kb.build();
    }

    /** Runs one extension into a cache entry directory. */
    static void run(
            AnalysisFile a,
            Extensions.Use use,
            List<SampleOutputs> samples,
            Map<String, Path> models,
            Path dir,
            int threads,
            PipelineListener listener)
            throws IOException {
        String item = use.extension().name();
        Path files = Files.createDirectories(dir.resolve(FILES));
        ExtensionContext.Progress progress =
                new ExtensionContext.Progress() {
                    @Override
                    public void started(String step, long total, String unit) {
                        listener.started(Stage.EXTENSION, item + ": " + step, total, unit);
                    }

                    @Override
                    public void progress(long done) {
                        listener.progress(done);
                    }
                };
        Map<String, Object> entries =
                use.extension()
                        .run(
                                new ExtensionContext(
                                        info(a),
                                        use.config(),
                                        samples,
                                        models,
                                        files,
                                        threads,
                                        progress));
        StageFiles.write(dir.resolve(ENTRIES), new LinkedHashMap<>(entries));
    }

    /** Copies an entry's files to {@code out/<name>/}; returns their paths relative to out. */
    static List<String> publish(Path entry, Path out, String name) throws IOException {
        Path from = entry.resolve(FILES);
        Path to = out.resolve(name);
        List<String> published = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                published.add(out.relativize(target).toString());
            }
        }
        return published;
    }

    /** The entries an extension wrote. */
    static Map<String, Object> entries(Path entry) throws IOException {
        return StageFiles.read(entry.resolve(ENTRIES));
    }
}
