package org.quarryhep.report.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quarryhep.report.model.ResultsException;

/**
 * A digitised published distribution: one row per bin with columns {@code x_low,x_high,y,y_err}
 * (header required, in that order; {@code #} lines are comments).
 *
 * @param xLow lower bin edges
 * @param xHigh upper bin edges
 * @param y values
 * @param yErr symmetric uncertainties
 */
public record ReferenceTable(double[] xLow, double[] xHigh, double[] y, double[] yErr) {
    /** The required header. */
    public static final String HEADER = "x_low,x_high,y,y_err";

    /** Finds and reads the CSV a figure names. */
    @FunctionalInterface
    public interface Reader {
        /**
         * Reads a reference table.
         *
         * @param relativePath the path as written in {@code results.json}
         * @return the table
         * @throws ResultsException when the file is missing or malformed
         */
        ReferenceTable read(String relativePath);
    }

    /** Bin centres. */
    public double[] x() {
        double[] c = new double[y.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (xLow[i] + xHigh[i]) / 2;
        }
        return c;
    }

    /** y + y_err per bin. */
    public double[] upper() {
        double[] u = new double[y.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = y[i] + yErr[i];
        }
        return u;
    }

    /**
     * Reads a table.
     *
     * @param file the CSV file
     * @return the table
     * @throws ResultsException naming the file and line of a malformed row or a missing file
     */
    public static ReferenceTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultsException(
                    "cannot read reference table: " + e.getMessage(), file.toString(), e);
        }
        List<double[]> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.replace(" ", "").equals(HEADER)) {
                    throw new ResultsException(
                            "expected the header '" + HEADER + "', got '" + line + "'",
                            file.toString(),
                            i + 1);
                }
                header = true;
                continue;
            }
            String[] parts = line.split(",");
            if (parts.length != 4) {
                throw new ResultsException(
                        "expected 4 columns (" + HEADER + "), got " + parts.length,
                        file.toString(),
                        i + 1);
            }
            double[] row = new double[4];
            for (int k = 0; k < 4; k++) {
                try {
                    row[k] = Double.parseDouble(parts[k].strip());
                } catch (NumberFormatException e) {
                    throw new ResultsException(
                            "column " + (k + 1) + " is not a number: '" + parts[k] + "'",
                            file.toString(),
                            i + 1);
                }
            }
            if (!(row[1] > row[0]) || !(row[3] >= 0)) {
                throw new ResultsException(
                        "needs x_high > x_low and y_err >= 0", file.toString(), i + 1);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new ResultsException(
                    "no rows after the header '" + HEADER + "'", file.toString());
        }
        int n = rows.size();
        double[][] cols = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 4; k++) {
                cols[k][i] = rows.get(i)[k];
            }
        }
        return new ReferenceTable(cols[0], cols[1], cols[2], cols[3]);
    }
}
