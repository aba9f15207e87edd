package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.analysis.internal.ExactSum;

/**
 * A cut-flow accumulator: per row (all events, each common cut, then per category its requirement
 * and its cuts) the raw count, Σw and Σw². Sums are exact ({@link ExactSum}), so cut-flows filled
 * by several threads and {@link #merge merged} equal the single-thread one bit for bit.
 */
public final class CutFlow {
    private final List<String> names = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final int[] previous;
    private final int commonRows;
    private final int[] categoryFirstRow;
    private final long[] counts;
    private final ExactSum[] sumW;
    private final ExactSum[] sumW2;

    CutFlow(AnalysisDefinition d) {
        List<Integer> prev = new ArrayList<>();
        names.add("all events");
        categories.add(null);
        prev.add(-1);
        for (CutDefinition c : d.cuts()) {
            prev.add(names.size() - 1);
            names.add(c.name());
            categories.add(null);
        }
        commonRows = names.size();
        categoryFirstRow = new int[d.categories().size()];
        for (int k = 0; k < d.categories().size(); k++) {
            CategoryDefinition cat = d.categories().get(k);
            categoryFirstRow[k] = names.size();
            prev.add(commonRows - 1);
            names.add(cat.name());
            categories.add(cat.name());
            for (CutDefinition c : cat.cuts()) {
                prev.add(names.size() - 1);
                names.add(c.name());
                categories.add(cat.name());
            }
        }
        previous = prev.stream().mapToInt(Integer::intValue).toArray();
        counts = new long[names.size()];
        sumW = new ExactSum[names.size()];
        sumW2 = new ExactSum[names.size()];
        for (int i = 0; i < sumW.length; i++) {
            sumW[i] = new ExactSum();
            sumW2[i] = new ExactSum();
        }
    }

    void fill(SelectionOutcome o, double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("event weight must be finite, got " + w);
        }
        for (int r = 0; r <= o.commonCutsPassed(); r++) {
            add(r, w);
        }
        if (o.category() >= 0) {
            int first = categoryFirstRow[o.category()];
            for (int r = first; r <= first + o.categoryCutsPassed(); r++) {
                add(r, w);
            }
        }
    }

    private void add(int row, double w) {
        counts[row]++;
        sumW[row].add(w);
        sumW2[row].add(w * w);
    }

    /**
     * Adds another cut-flow of the same definition.
     *
     * @param other the other accumulator
     * @throws IllegalArgumentException when its rows differ
     */
    public void merge(CutFlow other) {
        if (!names.equals(other.names) || !categories.equals(other.categories)) {
            throw new IllegalArgumentException("cannot merge cut-flows with different rows");
        }
        for (int r = 0; r < counts.length; r++) {
            counts[r] += other.counts[r];
            sumW[r].add(other.sumW[r]);
            sumW2[r].add(other.sumW2[r]);
        }
    }

    /** The sum of weights of all events (the first row). */
    public double totalWeight() {
        return sumW[0].value();
    }

    /**
     * The result with weighted yields = scale × Σw (errors scale × √Σw²).
     *
     * @param scale the weight scale (1 for the weights as they are)
     * @return the result
     */
    public CutFlowResult result(double scale) {
        List<CutFlowResult.Row> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            double w = sumW[r].value();
            double yield = scale * w;
            double error = Math.abs(scale) * Math.sqrt(sumW2[r].value());
            double prev = previous[r] < 0 ? w : sumW[previous[r]].value();
            double first = sumW[0].value();
            rows.add(
                    new CutFlowResult.Row(
                            names.get(r),
                            categories.get(r),
                            counts[r],
                            w,
                            sumW2[r].value(),
                            yield,
                            error,
                            prev == 0 ? Double.NaN : w / prev,
                            first == 0 ? Double.NaN : w / first));
        }
        return new CutFlowResult(scale, rows);
    }

    /**
     * The result at a luminosity: the weights are rescaled so that all events sum to σ × 𝓛.
     *
     * @param crossSectionPb the sample's cross-section (with any K-factor), pb
     * @param lumiInvFb the integrated luminosity, fb⁻¹
     * @return the result
     * @throws IllegalStateException when no weight was filled
     */
    public CutFlowResult resultAtLuminosity(double crossSectionPb, double lumiInvFb) {
        double total = totalWeight();
        if (total == 0) {
            throw new IllegalStateException(
                    "the cut-flow has no events, so it cannot be normalised");
        }
        return result(crossSectionPb * 1000.0 * lumiInvFb / total);
    }
}
