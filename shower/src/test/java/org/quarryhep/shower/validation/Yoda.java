package org.quarryhep.shower.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code YODA_SCATTER2D_V2} blocks of a YODA text file (the Rivet reference data in
 * {@code ../shared/data/measurements}): each row {@code xval xerr- xerr+ yval yerr- yerr+}.
 */
public final class Yoda {
    /** One measured point: bin centre and edges, value and its (symmetrised) total error. */
    public record Point(double x, double low, double high, double y, double error) {}

    private final Map<String, List<Point>> scatters;

    private Yoda(Map<String, List<Point>> scatters) {
        this.scatters = scatters;
    }

    /** Parses a file; malformed rows are errors naming the file and line. */
    public static Yoda read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        Map<String, List<Point>> out = new HashMap<>();
        List<Point> current = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            if (line.startsWith("BEGIN YODA_SCATTER2D")) {
                String path = line.substring(line.lastIndexOf(' ') + 1);
                current = new ArrayList<>();
                out.put(path.substring(path.lastIndexOf('/') + 1), current);
            } else if (line.startsWith("END")) {
                current = null;
            } else if (current != null
                    && !line.isEmpty()
                    && (Character.isDigit(line.charAt(0)) || line.charAt(0) == '-')
                    && !line.startsWith("---")) {
                String[] f = line.split("\\s+");
                if (f.length != 6) {
                    throw new IllegalStateException(
                            file + ":" + (n + 1) + ": expected 6 columns, found " + f.length);
                }
                double x = Double.parseDouble(f[0]);
                double y = Double.parseDouble(f[3]);
                double err = 0.5 * (Double.parseDouble(f[4]) + Double.parseDouble(f[5]));
                current.add(
                        new Point(
                                x,
                                x - Double.parseDouble(f[1]),
                                x + Double.parseDouble(f[2]),
                                y,
                                err));
            }
        }
        return new Yoda(out);
    }

    /** The points of histogram {@code id} (e.g. {@code d44-x01-y02}). */
    public List<Point> get(String id) {
        List<Point> p = scatters.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no histogram " + id);
        }
        return p;
    }
}
