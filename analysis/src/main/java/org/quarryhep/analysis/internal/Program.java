package org.quarryhep.analysis.internal;

import org.quarryhep.analysis.score.ScoreFunction;
import org.quarryhep.detector.ReconstructedEvent;

/**
 * A compiled analysis definition: the object builder, the cuts and the variables as {@link Value}s,
 * and the index tables of features and histograms. Immutable and shared between threads; each
 * thread evaluates events in its own {@link EventContext}.
 *
 * @param builder fills the collections
 * @param collectionCount the number of collection slots
 * @param variables the variables' code, by index
 * @param commonCuts the common cuts, in order
 * @param commonVeto whether each common cut is a veto
 * @param categoryRequire each category's membership expression
 * @param categoryCuts each category's own cuts
 * @param categoryVeto whether each category cut is a veto
 * @param scoreInputs for each score slot, the variable indices of its feature row
 * @param scorePlaceholder for each score slot, the value of missing features
 */
public record Program(
        ObjectBuilder builder,
        int collectionCount,
        Value[] variables,
        Value[] commonCuts,
        boolean[] commonVeto,
        Value[] categoryRequire,
        Value[][] categoryCuts,
        boolean[][] categoryVeto,
        int[][] scoreInputs,
        double[] scorePlaceholder) {

    /**
     * A fresh context for one thread.
     *
     * @param parameters the values of the parameter variables, by parameter slot
     * @param scorers the score functions, by score slot
     * @return the context
     */
    public EventContext newContext(double[] parameters, ScoreFunction[] scorers) {
        double[][] inputs = new double[scoreInputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = new double[scoreInputs[i].length];
        }
        return new EventContext(collectionCount, variables, parameters.clone(), scorers, inputs);
    }

    /**
     * Builds the objects of an event and runs the cuts.
     *
     * @param event the event
     * @param c the thread's context
     * @param out receives, in order: the number of common cuts passed, the category index (−1 when
     *     none), the number of that category's cuts passed
     */
    public void select(ReconstructedEvent event, EventContext c, int[] out) {
        builder.fill(event, c);
        int passed = 0;
        while (passed < commonCuts.length && passes(commonCuts[passed], commonVeto[passed], c)) {
            passed++;
        }
        out[0] = passed;
        out[1] = -1;
        out[2] = 0;
        if (passed < commonCuts.length) {
            return;
        }
        for (int k = 0; k < categoryRequire.length; k++) {
            if (Value.truth(categoryRequire[k].eval(c))) {
                out[1] = k;
                Value[] cuts = categoryCuts[k];
                int n = 0;
                while (n < cuts.length && passes(cuts[n], categoryVeto[k][n], c)) {
                    n++;
                }
                out[2] = n;
                return;
            }
        }
    }

    private static boolean passes(Value cut, boolean veto, EventContext c) {
        return Value.truth(cut.eval(c)) != veto;
    }

    /**
     * Code for a score variable.
     *
     * @param slot the score slot
     * @param placeholder the value of missing features
     * @param inputs the feature row's variable indices
     * @return the code
     */
    public static Value scoreValue(int slot, double placeholder, int[] inputs) {
        int[] columns = inputs.clone();
        return c -> {
            double[] row = c.scoreInputs[slot];
            for (int i = 0; i < columns.length; i++) {
                double v = c.variable(columns[i]);
                row[i] = Double.isFinite(v) ? v : placeholder;
            }
            return c.scorers[slot].score(row);
        };
    }

    /**
     * Code for a parameter variable.
     *
     * @param slot the parameter slot
     * @return the code
     */
    public static Value parameterValue(int slot) {
        return c -> c.parameters[slot];
    }
}
