package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the module table of style.md §3: no main-source import points up the table, and no module
 * imports another module's {@code internal} package.
 */
class LayeringTest {

    // The allowed dependencies of each module's main sources (style.md §3, "may depend on").
    // The allowed dependencies of each module's main sources (style.md §3 and DEVELOPERS.md,
    // "Architecture"): core <- io, gen, jets, stats, ml; gen <- shower; jets <- detector <-
    // analysis; the orchestration module (pipeline) sits above gen, shower, detector, analysis, ml
    // and stats; scan above it; report above both; spark plugs into scan; cli is the only main.
    // config (strict YAML/JSON reading) sits beside core: every module above core may use it.
    private static final Set<String> BELOW_PIPELINE =
            Set.of(
                    "core",
                    "config",
                    "io",
                    "gen",
                    "shower",
                    "jets",
                    "detector",
                    "analysis",
                    "ml",
                    "stats");

    private static final Map<String, Set<String>> ALLOWED =
            Map.ofEntries(
                    Map.entry("core", Set.of()),
                    Map.entry("testkit", Set.of()),
                    Map.entry("config", Set.of("core")),
                    Map.entry("io", Set.of("core", "config")),
                    Map.entry("gen", Set.of("core", "config")),
                    Map.entry("shower", Set.of("core", "config", "gen")),
                    Map.entry("jets", Set.of("core", "config")),
                    Map.entry("detector", Set.of("core", "config", "jets")),
                    Map.entry("analysis", Set.of("core", "config", "io", "jets", "detector")),
                    Map.entry("ml", Set.of("core", "config")),
                    Map.entry("stats", Set.of("core", "config")),
                    Map.entry("pipeline", BELOW_PIPELINE),
                    Map.entry("scan", union(BELOW_PIPELINE, "pipeline")),
                    Map.entry("report", union(BELOW_PIPELINE, "pipeline", "scan")),
                    Map.entry("spark", union(BELOW_PIPELINE, "pipeline", "scan")),
                    Map.entry("cli", union(BELOW_PIPELINE, "pipeline", "scan", "report")),
                    Map.entry("bench", union(BELOW_PIPELINE, "pipeline", "scan", "report")));

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static final Pattern IMPORT =
            Pattern.compile(
                    "^import\\s+(?:static\\s+)?org\\.quarryhep\\.(\\w+)(\\.[\\w.]*)?;",
                    Pattern.MULTILINE);

    @Test
    void importsFollowTheModuleTable() throws IOException {
        Path root = Paths.get("").toAbsolutePath().getParent();
        assumeTrue(
                Files.exists(root.resolve("core/pom.xml")), "not run from the reactor; skipping");
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String module : ALLOWED.keySet()) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(src)) {
                for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher m = IMPORT.matcher(text);
                    while (m.find()) {
                        String target = m.group(1);
                        String rest = m.group(2) == null ? "" : m.group(2);
                        boolean own = target.equals(module);
                        if (!own && !ALLOWED.get(module).contains(target)) {
                            violations.add(root.relativize(file) + ": imports " + target);
                        }
                        if (!own && rest.contains(".internal")) {
                            violations.add(
                                    root.relativize(file) + ": imports internal " + target + rest);
                        }
                    }
                }
            }
        }
        assertTrue(files > 10, "source files scanned: " + files);
        assertTrue(violations.isEmpty(), "layering violations:\n" + String.join("\n", violations));
    }
}
