package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
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
    private static final Map<String, Set<String>> ALLOWED =
            Map.ofEntries(
                    Map.entry("core", Set.of()),
                    Map.entry("testkit", Set.of()),
                    Map.entry("io", Set.of("core")),
                    Map.entry("gen", Set.of("core")),
                    Map.entry("jets", Set.of("core")),
                    Map.entry("detector", Set.of("core", "jets")),
                    Map.entry("analysis", Set.of("core", "io", "jets", "detector")),
                    Map.entry("ml", Set.of("core", "analysis")),
                    Map.entry("stats", Set.of("core")),
                    Map.entry(
                            "scan",
                            Set.of("core", "gen", "detector", "analysis", "ml", "stats", "jets")),
                    Map.entry("report", Set.of("core", "analysis", "stats", "scan")),
                    Map.entry(
                            "cli",
                            Set.of(
                                    "core",
                                    "io",
                                    "gen",
                                    "jets",
                                    "detector",
                                    "analysis",
                                    "ml",
                                    "stats",
                                    "scan",
                                    "report")),
                    Map.entry("spark", Set.of("core", "scan")),
                    Map.entry(
                            "bench",
                            Set.of(
                                    "core",
                                    "io",
                                    "gen",
                                    "jets",
                                    "detector",
                                    "analysis",
                                    "ml",
                                    "stats",
                                    "scan",
                                    "report")));

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
