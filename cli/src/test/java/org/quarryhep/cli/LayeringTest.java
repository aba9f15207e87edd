package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the module table of style.md §3: no main-source import points up the table, and no module
 * imports another module's {@code internal} package; no main-source code names a Quarry class fully
 * qualified (which would pass by the import check); and no module's packages import each other in a
 * cycle.
 */
class LayeringTest {

    // The allowed dependencies of each module's main sources (style.md §3, "may depend on").
    // The allowed dependencies of each module's main sources (style.md §3 and DEVELOPERS.md,
    // "Architecture"): core <- io, gen, jets, stats, ml; gen <- shower; gen, shower, jets <-
    // merging; jets <- detector <- analysis; the orchestration module (pipeline) sits above gen,
    // shower, merging, detector, analysis, ml and stats; scan above it; report above both; spark
    // plugs into scan; cli is the only main.
    // config (strict YAML/JSON reading) sits beside core: every module above core may use it.
    private static final Set<String> BELOW_PIPELINE =
            Set.of(
                    "core",
                    "config",
                    "io",
                    "gen",
                    "shower",
                    "merging",
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
                    Map.entry("merging", Set.of("core", "config", "gen", "shower", "jets")),
                    Map.entry("detector", Set.of("core", "config", "jets")),
                    Map.entry("analysis", Set.of("core", "config", "io", "jets", "detector")),
                    Map.entry("ml", Set.of("core", "config")),
                    Map.entry("stats", Set.of("core", "config")),
                    Map.entry("pipeline", BELOW_PIPELINE),
                    Map.entry("scan", union(BELOW_PIPELINE, "pipeline")),
                    Map.entry("report", union(BELOW_PIPELINE, "pipeline", "scan")),
                    Map.entry("spark", union(BELOW_PIPELINE, "pipeline", "scan")),
                    // Analyses' own modules (analyses/<name>/, packages org.quarryhep.analyses.*):
                    // above pipeline, below cli.
                    Map.entry("analyses", union(BELOW_PIPELINE, "pipeline")),
                    Map.entry(
                            "cli", union(BELOW_PIPELINE, "pipeline", "scan", "report", "analyses")),
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

    private static final Pattern PACKAGE =
            Pattern.compile("^package\\s+(org\\.quarryhep\\.[\\w.]+);", Pattern.MULTILINE);

    private static final Pattern IMPORTED_NAME =
            Pattern.compile(
                    "^import\\s+(?:static\\s+)?(org\\.quarryhep\\.[\\w.]+?)(?:\\.\\*)?;",
                    Pattern.MULTILINE);

    /** A main source file of a module. */
    private record Source(String module, Path file, String text) {}

    private static Path reactorRoot() {
        Path root = Paths.get("").toAbsolutePath().getParent();
        assumeTrue(
                Files.exists(root.resolve("core/pom.xml")), "not run from the reactor; skipping");
        return root;
    }

    private static List<Source> mainSources(Path root) throws IOException {
        List<Source> out = new ArrayList<>();
        for (String module : new TreeSet<>(ALLOWED.keySet())) {
            for (Path src : sourceRoots(root, module)) {
                if (!Files.isDirectory(src)) {
                    continue;
                }
                try (Stream<Path> paths = Files.walk(src)) {
                    for (Path file :
                            paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        out.add(
                                new Source(
                                        module,
                                        file,
                                        Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return out;
    }

    /** A module's main source roots: every analysis module's for "analyses". */
    private static List<Path> sourceRoots(Path root, String module) throws IOException {
        if (!module.equals("analyses")) {
            return List.of(root.resolve(module).resolve("src/main/java"));
        }
        try (Stream<Path> dirs = Files.list(root.resolve("analyses"))) {
            return dirs.map(d -> d.resolve("src/main/java")).sorted().toList();
        }
    }

    @Test
    void importsFollowTheModuleTable() throws IOException {
        Path root = reactorRoot();
        List<String> violations = new ArrayList<>();
        List<Source> sources = mainSources(root);
        for (Source src : sources) {
            String module = src.module();
            Matcher m = IMPORT.matcher(src.text());
            while (m.find()) {
                String target = m.group(1);
                String rest = m.group(2) == null ? "" : m.group(2);
                boolean own = target.equals(module);
                if (!own && !ALLOWED.get(module).contains(target)) {
                    violations.add(root.relativize(src.file()) + ": imports " + target);
                }
                if (!own && rest.contains(".internal")) {
                    violations.add(
                            root.relativize(src.file()) + ": imports internal " + target + rest);
                }
            }
        }
        assertTrue(sources.size() > 10, "source files scanned: " + sources.size());
        assertTrue(violations.isEmpty(), "layering violations:\n" + String.join("\n", violations));
    }

    /**
     * Code (comments and string literals removed) may name {@code org.quarryhep} only in its
     * package and import lines: a fully-qualified name elsewhere is a dependency the import check
     * above cannot see.
     */
    @Test
    void noFullyQualifiedQuarryNamesBypassTheImports() throws IOException {
        Path root = reactorRoot();
        List<String> violations = new ArrayList<>();
        for (Source src : mainSources(root)) {
            String[] lines = codeOnly(src.text()).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("package ") || line.startsWith("import ")) {
                    continue;
                }
                if (line.contains("org.quarryhep.")) {
                    violations.add(root.relativize(src.file()) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertTrue(
                violations.isEmpty(),
                "fully-qualified Quarry names (import them instead):\n"
                        + String.join("\n", violations));
    }

    /** Within each module, the package import graph has no cycle. */
    @Test
    void packagesOfAModuleDoNotImportEachOtherInACycle() throws IOException {
        Path root = reactorRoot();
        Map<String, Set<String>> edges = new TreeMap<>();
        Map<String, String> moduleOf = new HashMap<>();
        for (Source src : mainSources(root)) {
            Matcher p = PACKAGE.matcher(src.text());
            if (!p.find()) {
                continue;
            }
            String from = p.group(1);
            moduleOf.put(from, src.module());
            edges.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = IMPORTED_NAME.matcher(src.text());
            while (m.find()) {
                String to = packageOf(m.group(1));
                if (!to.equals(from)) {
                    edges.get(from).add(to);
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(edges)) {
            if (component.size() > 1) {
                cycles.add(moduleOf.get(component.iterator().next()) + ": " + component);
            }
        }
        assertTrue(cycles.isEmpty(), "package cycles:\n" + String.join("\n", cycles));
    }

    @Test
    void theCycleFinderFindsACycle() {
        // The finder itself, on a graph drawn by hand: a -> b -> c -> a is one cycle, d hangs off.
        Map<String, Set<String>> g = new TreeMap<>();
        g.put("a", Set.of("b"));
        g.put("b", Set.of("c"));
        g.put("c", Set.of("a", "d"));
        g.put("d", Set.of());
        List<Set<String>> sccs = stronglyConnected(g);
        assertTrue(sccs.contains(Set.of("a", "b", "c")), sccs.toString());
        assertTrue(sccs.contains(Set.of("d")), sccs.toString());
        assertTrue(packageOf("org.quarryhep.ml.ModelFiles.MAPPER").equals("org.quarryhep.ml"));
        assertTrue(
                packageOf("org.quarryhep.stats.modifier").equals("org.quarryhep.stats.modifier"));
        assertTrue(
                codeOnly("a(\"org.quarryhep.x\"); // org.quarryhep.y\n/* org.quarryhep.z */b")
                        .equals("a(\"\");  \n b"));
    }

    /** The package part of an imported name: the segments before the first capitalised one. */
    private static String packageOf(String name) {
        StringBuilder pkg = new StringBuilder();
        for (String part : name.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    /** Tarjan's strongly connected components. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : g.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, g, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void connect(
            String v,
            Map<String, Set<String>> g,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : g.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, g, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }

    /**
     * The source with comments and the contents of string, text-block and char literals removed (a
     * comment becomes one space, newlines kept so that line numbers hold).
     */
    private static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                out.append(' ');
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(' ');
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append("\"\"");
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                int k = i + 1;
                while (k < n && text.charAt(k) != c) {
                    k += text.charAt(k) == '\\' ? 2 : 1;
                }
                out.append(c).append(c);
                i = Math.min(n, k + 1);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
