package org.quarryhep.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.quarryhep.ml.table.ColumnRoles;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.FeatureTables;

/**
 * Reading a labelled, weighted feature table from CSV into a {@link FeatureTable}: ml's {@code
 * FeatureTables.read} (line splitting on the detected delimiter) against the maintained library
 * FastCSV, which does the tokenising while the same {@code Float.parseFloat} / {@code
 * Double.parseDouble} conversions fill the same columns. The table has {@code rows} rows, a 0/1
 * label, a weight and 20 features (HiggsML-like magnitudes, 5 % of values at the −999 marker),
 * drawn from a fixed seed and written by {@code FeatureTables.writeCsv}. The setup checks that both
 * readers give identical tables, so the two numbers time the same work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvReadingBenchmark {
    private static final int FEATURES = 20;
    private static final long SEED = 20261206L;
    private static final ColumnRoles ROLES = ColumnRoles.ofLabel("label").withWeight("weight");

    /** Rows in the table. */
    @Param({"100000"})
    public int rows;

    private Path dir;
    private Path file;

    /** Writes the seeded table and checks that both readers return it. */
    @Setup
    public void writeTable() throws IOException {
        SplittableRandom rng = new SplittableRandom(SEED);
        List<String> names = new ArrayList<>();
        float[][] cols = new float[FEATURES][rows];
        for (int j = 0; j < FEATURES; j++) {
            names.add("f" + j);
            for (int i = 0; i < rows; i++) {
                cols[j][i] =
                        rng.nextDouble() < 0.05 ? -999f : (float) (rng.nextGaussian() * 50 + 100);
            }
        }
        float[] labels = new float[rows];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = rng.nextBoolean() ? 1f : 0f;
            weights[i] = rng.nextDouble() * 2e-3;
        }
        dir = Files.createTempDirectory("quarry-csv-bench");
        file = dir.resolve("table.csv");
        FeatureTable table = FeatureTable.of(names, cols, labels, weights, Map.of());
        FeatureTables.writeCsv(table, file);
        FeatureTable a = quarry();
        FeatureTable b = fastCsv();
        if (!a.names().equals(b.names())
                || !Arrays.equals(a.rowMajor(), b.rowMajor())
                || !Arrays.equals(a.labels(), b.labels())
                || !Arrays.equals(a.weights(), b.weights())
                || !Arrays.equals(a.rowMajor(), table.rowMajor())) {
            throw new IllegalStateException("the two readers disagree on " + file);
        }
    }

    /** Removes the table. */
    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** ml's reader. */
    @Benchmark
    public FeatureTable quarry() throws IOException {
        return FeatureTables.read(file, ROLES);
    }

    /** FastCSV tokenising, the same conversions into the same columns. */
    @Benchmark
    public FeatureTable fastCsv() throws IOException {
        List<String> names = null;
        float[][] cols = null;
        float[] labels = new float[16];
        double[] weights = new double[16];
        int n = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord r : csv) {
                if (names == null) {
                    names = r.getFields().subList(2, r.getFieldCount());
                    cols = new float[names.size()][16];
                    continue;
                }
                if (n == labels.length) {
                    labels = Arrays.copyOf(labels, 2 * n);
                    weights = Arrays.copyOf(weights, 2 * n);
                    for (int j = 0; j < cols.length; j++) {
                        cols[j] = Arrays.copyOf(cols[j], 2 * n);
                    }
                }
                labels[n] = Float.parseFloat(r.getField(0));
                weights[n] = Double.parseDouble(r.getField(1));
                for (int j = 0; j < cols.length; j++) {
                    cols[j][n] = Float.parseFloat(r.getField(j + 2));
                }
                n++;
            }
        }
        for (int j = 0; j < cols.length; j++) {
            cols[j] = Arrays.copyOf(cols[j], n);
        }
        return FeatureTable.of(
                names, cols, Arrays.copyOf(labels, n), Arrays.copyOf(weights, n), Map.of());
    }
}
