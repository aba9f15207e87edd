package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * One sample's filled cut × shape table (see {@link CutTables}): the shape histogram of the
 * selected events per bin of the cut variable, with an underflow row first and an overflow row
 * last.
 *
 * @param cut the histogram of the cut variable
 * @param shape the histogram of the limit
 * @param cutEdges the cut histogram's edges
 * @param rows the shape histograms, one per cut bin plus underflow and overflow
 */
public record CutTable(String cut, String shape, double[] cutEdges, List<HistogramData> rows) {
    /**
     * Checks the row count and copies.
     *
     * @throws IllegalArgumentException when there is not one row per cut bin plus two
     */
    public CutTable {
        if (rows.size() != cutEdges.length + 1) {
            throw new IllegalArgumentException(
                    shape
                            + " by "
                            + cut
                            + ": "
                            + rows.size()
                            + " rows for "
                            + cutEdges.length
                            + " cut edges");
        }
        cutEdges = cutEdges.clone();
        rows = List.copyOf(rows);
    }

    @Override
    public double[] cutEdges() {
        return cutEdges.clone();
    }

    /**
     * The shape histogram of the events that pass a cut at edge k: at or above it (bins ≥ k and the
     * overflow) or below it (bins &lt; k and the underflow).
     *
     * @param k the edge index, 0 … edges − 1
     * @param keepAbove keep events at or above the edge
     * @return the shape histogram of the passing events
     */
    public HistogramData passing(int k, boolean keepAbove) {
        HistogramData total = null;
        int from = keepAbove ? k + 1 : 0;
        int to = keepAbove ? rows.size() : k + 1;
        for (int r = from; r < to; r++) {
            total = total == null ? rows.get(r) : total.plus(rows.get(r));
        }
        return total;
    }

    /**
     * The row-by-row sum of this and another sample's table of the same pair.
     *
     * @param other the other table
     * @return the sum
     * @throws IllegalArgumentException when the binning differs
     */
    public CutTable plus(CutTable other) {
        if (!java.util.Arrays.equals(cutEdges, other.cutEdges)) {
            throw new IllegalArgumentException(cut + ": cannot add tables with different cuts");
        }
        List<HistogramData> sum = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            sum.add(rows.get(r).plus(other.rows.get(r)));
        }
        return new CutTable(cut, shape, cutEdges, sum);
    }
}
