package org.quarryhep.gen.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The directories searched for PDF sets, in order: those given explicitly, then the entries of
 * {@code LHAPDF_DATA_PATH} (colon-separated, as LHAPDF itself reads it), then {@code
 * $QUARRY_SHARED_DATA/pdf}, then {@code ../shared/data/pdf} beside the working directory or one of
 * its parents (the project's shared data), and last the sets shipped inside Quarry ({@link
 * BundledPdfSets}: the default set), so a fresh clone generates with no data beside it.
 *
 * @param directories the directories, first match wins
 */
public record PdfSearchPath(List<Path> directories) {
    /** The default set: MadGraph5's default LO set {@code nn23lo1} (LHAPDF id 247000). */
    public static final String DEFAULT_SET = "NNPDF23_lo_as_0130_qed";

    /** Copies the list. */
    public PdfSearchPath {
        directories = List.copyOf(directories);
    }

    /**
     * The standard search path built from an environment.
     *
     * @param extra directories searched first (may be empty)
     * @param env the environment variables (normally {@code System.getenv()})
     * @return the search path
     */
    public static PdfSearchPath standard(List<Path> extra, Map<String, String> env) {
        List<Path> dirs = new ArrayList<>(extra);
        String lhapdf = env.get("LHAPDF_DATA_PATH");
        if (lhapdf != null) {
            for (String part : lhapdf.split(":")) {
                if (!part.isBlank()) {
                    dirs.add(Paths.get(part));
                }
            }
        }
        String shared = env.get("QUARRY_SHARED_DATA");
        if (shared != null) {
            dirs.add(Paths.get(shared, "pdf"));
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/data/pdf").normalize();
            if (Files.isDirectory(candidate)) {
                dirs.add(candidate);
                break;
            }
            dir = dir.getParent();
        }
        BundledPdfSets.directory().ifPresent(dirs::add);
        return new PdfSearchPath(dirs);
    }

    /**
     * Finds and loads a set's member.
     *
     * @param setName the set name, e.g. {@code NNPDF23_lo_as_0130_qed}
     * @param member the member number
     * @return the set
     * @throws PdfSetNotFoundException when no directory holds it (the message names each directory
     *     once, with the sets it does hold)
     */
    public PdfSet load(String setName, int member) {
        for (Path d : directories) {
            Path candidate = d.resolve(setName);
            if (Files.isRegularFile(candidate.resolve(setName + ".info"))) {
                return PdfSet.load(candidate, member);
            }
        }
        StringBuilder found = new StringBuilder();
        for (Path d : new LinkedHashSet<>(directories)) {
            List<String> sets = setsIn(d);
            found.append("\n  ")
                    .append(d)
                    .append(": ")
                    .append(
                            !Files.isDirectory(d)
                                    ? "no such directory"
                                    : sets.isEmpty() ? "no sets" : String.join(", ", sets));
        }
        throw new PdfSetNotFoundException(
                "PDF set '"
                        + setName
                        + "' not found (set LHAPDF_DATA_PATH to your LHAPDF data directory, or"
                        + " give --pdf-path DIR); searched:"
                        + (directories.isEmpty() ? " nothing" : found));
    }

    /** The names of the LHAPDF sets in a directory (subfolders holding NAME/NAME.info), sorted. */
    static List<String> setsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(
                            p -> {
                                String n = p.getFileName().toString().replace("/", "");
                                return Files.isRegularFile(p.resolve(n + ".info"));
                            })
                    .map(p -> p.getFileName().toString().replace("/", ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
