package org.quarryhep.ml.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.RandomStreams;

/**
 * Class balancing by stratified subsampling of the signal (label 1): the signal rows are put in
 * {@code bins} equal-width bins of a parameter column (the LFV analysis bins the generated m_H in
 * 50 bins over 200–450 GeV), and {@code count} of them are kept (by default as many as there are
 * background rows), allocated to the bins in proportion to their sizes. Every background row is
 * kept. This is the paper's "signal subsampled, stratified in 50 m_H bins, to the background count"
 * (§1.7), so the mass spectrum of the kept signal is that of the pool.
 *
 * <p>Allocation: bin k of n_k rows gets ⌊count·n_k/N⌋ rows, and the rows left over go one each to
 * the bins with the largest remainders (Hamilton's method, the allocation of scikit-learn's
 * stratified {@code train_test_split}); equal remainders are ordered at random. The rows of a bin
 * are a uniform random subset. Bin k draws from {@code streams.stream(k)} and the tie order from
 * {@code streams.stream(bins)}, so the subset depends on the seed only. Row weights are kept as
 * they are.
 *
 * @param column the parameter column (a group or a feature column)
 * @param bins the number of equal-width bins, ≥ 1
 * @param low the lower edge of the first bin, or NaN for the smallest signal value
 * @param high the upper edge of the last bin (included), or NaN for the largest signal value
 * @param count the signal rows to keep, or 0 for as many as there are background rows
 */
public record StratifiedSubsampling(String column, int bins, double low, double high, int count) {
    /**
     * Validates the definition.
     *
     * @throws IllegalArgumentException for no column, fewer than one bin, a negative count or an
     *     empty range
     */
    public StratifiedSubsampling {
        if (column == null || column.isEmpty()) {
            throw new IllegalArgumentException("column: a parameter column is required");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        if (!Double.isNaN(low) && !Double.isNaN(high) && !(high > low)) {
            throw new IllegalArgumentException(
                    "range: the upper edge must lie above the lower, got ["
                            + low
                            + ", "
                            + high
                            + "]");
        }
    }

    /**
     * The outcome.
     *
     * @param table the background rows and the kept signal rows, in their original order
     * @param edges the bin edges (bins + 1 values)
     * @param available signal rows per bin before subsampling
     * @param kept signal rows per bin after subsampling
     */
    public record Result(FeatureTable table, double[] edges, int[] available, int[] kept) {}

    /**
     * Subsamples a table.
     *
     * @param t the table (label 1 = signal, anything else background)
     * @param streams the random streams of this step
     * @return the subsampled table and the per-bin counts
     * @throws IllegalArgumentException naming the column when it is missing, a signal value lies
     *     outside the range or is not a number, a class is empty, or more rows are asked for than
     *     the signal has
     */
    public Result apply(FeatureTable t, RandomStreams streams) {
        float[] v = t.groupOrFeature(column, "stratified subsampling");
        List<Integer> signal = new ArrayList<>();
        List<Integer> background = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            (t.label(i) == 1f ? signal : background).add(i);
        }
        if (signal.isEmpty() || background.isEmpty()) {
            throw new IllegalArgumentException(
                    "stratified subsampling needs both classes, found "
                            + signal.size()
                            + " signal and "
                            + background.size()
                            + " background rows");
        }
        int target = count > 0 ? count : background.size();
        if (target > signal.size()) {
            throw new IllegalArgumentException(
                    "stratified subsampling: "
                            + target
                            + " signal rows asked for, but the table has "
                            + signal.size());
        }
        double[] edges = edges(v, signal);
        List<List<Integer>> members = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            members.add(new ArrayList<>());
        }
        for (int i : signal) {
            members.get(bin(v[i], edges)).add(i);
        }
        int[] available = members.stream().mapToInt(List::size).toArray();
        int[] kept = allocate(available, target, streams.stream(bins));
        int[] rows = new int[background.size() + target];
        int r = 0;
        for (int i : background) {
            rows[r++] = i;
        }
        for (int k = 0; k < bins; k++) {
            int[] m = members.get(k).stream().mapToInt(Integer::intValue).toArray();
            SplittableRandom rng = streams.stream(k);
            for (int j = 0; j < kept[k]; j++) { // a partial Fisher–Yates shuffle
                int pick = j + rng.nextInt(m.length - j);
                int x = m[j];
                m[j] = m[pick];
                m[pick] = x;
                rows[r++] = m[j];
            }
        }
        Arrays.sort(rows);
        return new Result(t.select(rows), edges, available, kept);
    }

    /**
     * Hamilton's largest-remainder allocation of {@code target} rows to bins holding {@code
     * available} rows, in proportion to their sizes; equal remainders in an order drawn from {@code
     * ties}.
     */
    static int[] allocate(int[] available, int target, SplittableRandom ties) {
        long total = 0;
        for (int n : available) {
            total += n;
        }
        int[] out = new int[available.length];
        long[] remainder = new long[available.length];
        long given = 0;
        for (int k = 0; k < available.length; k++) {
            out[k] = (int) ((long) target * available[k] / total);
            remainder[k] = (long) target * available[k] % total;
            given += out[k];
        }
        Integer[] order = new Integer[available.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        for (int k = order.length - 1; k > 0; k--) {
            int j = ties.nextInt(k + 1);
            Integer x = order[k];
            order[k] = order[j];
            order[j] = x;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer k) -> remainder[k]).reversed());
        for (int i = 0; i < target - given; i++) {
            out[order[i]]++;
        }
        return out;
    }

    private double[] edges(float[] v, List<Integer> signal) {
        double lo = low;
        double hi = high;
        for (int i : signal) {
            if (Float.isNaN(v[i])) {
                throw new IllegalArgumentException(
                        "stratified subsampling: signal row " + i + " has no " + column + " value");
            }
            if (Double.isNaN(low)) {
                lo = Double.isNaN(lo) ? v[i] : Math.min(lo, v[i]);
            }
            if (Double.isNaN(high)) {
                hi = Double.isNaN(hi) ? v[i] : Math.max(hi, v[i]);
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1; // every signal row has the same value: one populated bin
        }
        double[] e = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            e[k] = lo + (hi - lo) * k / bins;
        }
        e[bins] = hi;
        return e;
    }

    private int bin(float value, double[] edges) {
        double lo = edges[0];
        double hi = edges[bins];
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(
                    "stratified subsampling: a signal row has "
                            + column
                            + " = "
                            + value
                            + ", outside the range ["
                            + lo
                            + ", "
                            + hi
                            + "]");
        }
        return Math.min(bins - 1, (int) ((value - lo) / (hi - lo) * bins));
    }
}
