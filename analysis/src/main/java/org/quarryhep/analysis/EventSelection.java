package org.quarryhep.analysis;

import java.util.List;
import org.quarryhep.analysis.internal.EventContext;
import org.quarryhep.analysis.internal.Program;
import org.quarryhep.detector.ReconstructedEvent;

/**
 * Runs an {@link AnalysisDefinition} on reconstructed events, one at a time: builds the object
 * collections, runs the cuts, and then answers for the current event its variables and feature
 * rows. Variables are computed on first use, so an event that fails an early cut never pays for an
 * expensive variable (M_T2, an ML score). Not thread-safe: each thread takes its own from {@link
 * AnalysisDefinition#newSelection}.
 */
public final class EventSelection {
    private final AnalysisDefinition definition;
    private final Program program;
    private final EventContext context;
    private final int[] result = new int[3];
    private final int[] categoryCutCounts;
    private SelectionOutcome outcome;

    EventSelection(AnalysisDefinition definition, Program program, EventContext context) {
        this.definition = definition;
        this.program = program;
        this.context = context;
        List<CategoryDefinition> cats = definition.categories();
        this.categoryCutCounts = new int[cats.size()];
        for (int k = 0; k < cats.size(); k++) {
            categoryCutCounts[k] = cats.get(k).cuts().size();
        }
    }

    /** The definition this selection runs. */
    public AnalysisDefinition definition() {
        return definition;
    }

    /**
     * Selects one event; it becomes the current event.
     *
     * @param event the reconstructed event
     * @return the cuts it passed and its category
     */
    public SelectionOutcome apply(ReconstructedEvent event) {
        program.select(event, context, result);
        int cat = result[1];
        boolean selected = cat >= 0 && result[2] == categoryCutCounts[cat];
        outcome = new SelectionOutcome(result[0], cat, result[2], selected);
        return outcome;
    }

    /** The outcome of the current event. */
    public SelectionOutcome outcome() {
        if (outcome == null) {
            throw new IllegalStateException("no event selected yet");
        }
        return outcome;
    }

    /**
     * A variable of the current event.
     *
     * @param index its index in {@link AnalysisDefinition#variables()}
     * @return its value; NaN when an object it needs is absent
     */
    public double value(int index) {
        outcome();
        return context.variable(index);
    }

    /**
     * A variable of the current event, by name.
     *
     * @param name the variable's name
     * @return its value; NaN when an object it needs is absent
     * @throws IllegalArgumentException when there is no such variable
     */
    public double value(String name) {
        return value(definition.variableIndex(name));
    }

    /**
     * The current event's row of a feature set, missing values replaced by the set's placeholder.
     *
     * @param featureSet the set's name
     * @return the row in column order, or null when the event was not selected into one of the
     *     set's categories
     * @throws IllegalArgumentException when there is no such set
     */
    public double[] featureRow(String featureSet) {
        int set = definition.featureSetIndex(featureSet);
        SelectionOutcome o = outcome();
        if (!o.selected() || !definition.featureInCategory(set, o.category())) {
            return null;
        }
        int[] cols = definition.featureColumnIndices(set);
        double placeholder = definition.featureSets().get(set).placeholder();
        double[] row = new double[cols.length];
        for (int i = 0; i < cols.length; i++) {
            double v = context.variable(cols[i]);
            row[i] = Double.isFinite(v) ? v : placeholder;
        }
        return row;
    }

    /**
     * Adds the current event to a thread's cut-flow and histograms.
     *
     * @param accumulator the thread's accumulator (of the same definition)
     * @param weight the event weight
     * @throws IllegalArgumentException when the weight is not finite
     */
    public void fill(AnalysisAccumulator accumulator, double weight) {
        SelectionOutcome o = outcome();
        accumulator.cutFlow().fill(o, weight);
        if (!o.selected()) {
            return;
        }
        Histogram[] hs = accumulator.histogramArray();
        for (int h = 0; h < hs.length; h++) {
            if (definition.histogramInCategory(h, o.category())) {
                hs[h].fill(context.variable(definition.histogramVariable(h)), weight);
            }
        }
        Profile[] ps = accumulator.profileArray();
        for (int p = 0; p < ps.length; p++) {
            if (definition.profileInCategory(p, o.category())) {
                int[] v = definition.profileVariables(p);
                ps[p].fill(
                        context.variable(v[1]),
                        context.variable(v[2]),
                        context.variable(v[0]),
                        weight);
            }
        }
    }
}
