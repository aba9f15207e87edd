package org.quarryhep.gen.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The directories searched for PDF sets, in order: those given explicitly, then the entries of
 * {@code LHAPDF_DATA_PATH} (colon-separated, as LHAPDF itself reads it), then {@code
 * $QUARRY_SHARED_DATA/pdf}, then {@code ../shared/data/pdf} beside the working directory or one of
 * its parents (the project's shared data).
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
        return new PdfSearchPath(dirs);
    }

    /**
     * Finds and loads a set's member.
     *
     * @param setName the set name, e.g. {@code NNPDF23_lo_as_0130_qed}
     * @param member the member number
     * @return the set
     * @throws PdfSetNotFoundException when no directory holds it (the message lists them)
     */
    public PdfSet load(String setName, int member) {
        for (Path d : directories) {
            Path candidate = d.resolve(setName);
            if (Files.isRegularFile(candidate.resolve(setName + ".info"))) {
                return PdfSet.load(candidate, member);
            }
        }
        throw new PdfSetNotFoundException(
                "PDF set '"
                        + setName
                        + "' not found; searched "
                        + directories
                        + " (set LHAPDF_DATA_PATH to your LHAPDF data directory)");
    }
}
