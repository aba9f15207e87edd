package org.quarryhep.shower;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quarryhep.core.QuarryException;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.pdf.PdfSetInfo;

/**
 * Finds the PDF set of an event by its LHAPDF id (a set's {@code SetIndex} plus the member), in the
 * standard search path; loads each set once.
 */
final class PdfSets {
    private final PdfSearchPath path;
    private final String fallbackSet;
    private final int fallbackMember;
    private final Map<Integer, PdfSet> byId = new ConcurrentHashMap<>();
    private final java.util.Set<String> warnings = ConcurrentHashMap.newKeySet();
    private volatile PdfSet fallback;

    PdfSets(PdfSearchPath path, String fallbackSet, int fallbackMember) {
        this.path = path;
        this.fallbackSet = fallbackSet;
        this.fallbackMember = fallbackMember;
    }

    /**
     * The set with LHAPDF id {@code id}; the tune's set for id ≤ 0 (the event names none) and, with
     * a warning, for an id no directory holds.
     */
    PdfSet forId(int id) {
        if (id <= 0) {
            return fallback();
        }
        return byId.computeIfAbsent(id, this::findOrFallback);
    }

    /** Warnings about sets replaced by the tune's set. */
    java.util.List<String> warnings() {
        return java.util.List.copyOf(new java.util.TreeSet<>(warnings));
    }

    private PdfSet findOrFallback(int id) {
        try {
            return find(id);
        } catch (QuarryException e) {
            warnings.add(e.getMessage() + "; using the tune's set " + fallbackSet + " instead");
            return fallback();
        }
    }

    private PdfSet fallback() {
        PdfSet f = fallback;
        if (f == null) {
            f = path.load(fallbackSet, fallbackMember);
            fallback = f;
        }
        return f;
    }

    private PdfSet find(int id) {
        for (Path dir : path.directories()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> sets = Files.newDirectoryStream(dir)) {
                for (Path set : sets) {
                    Path info = set.resolve(set.getFileName() + ".info");
                    if (!Files.isRegularFile(info)) {
                        continue;
                    }
                    PdfSetInfo i = PdfSetInfo.read(info);
                    int first = (int) i.number("SetIndex", -1);
                    int members = (int) i.number("NumMembers", 1);
                    if (first >= 0 && id >= first && id < first + members) {
                        return PdfSet.load(set, id - first);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new QuarryException(
                "no PDF set with LHAPDF id "
                        + id
                        + " in "
                        + path.directories()
                        + " (the events' PDF; set LHAPDF_DATA_PATH)");
    }
}
