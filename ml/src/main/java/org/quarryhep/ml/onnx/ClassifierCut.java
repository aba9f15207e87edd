package org.quarryhep.ml.onnx;

import org.quarryhep.ml.Model;
import org.quarryhep.ml.table.FeatureTable;

/**
 * A cut "score(model) &gt; threshold" on a classifier, with a name for cut-flow tables.
 *
 * @param name the cut's name, e.g. {@code high_nn}
 * @param model the classifier (typically an {@link OnnxModel})
 * @param threshold rows with a score strictly above pass
 */
public record ClassifierCut(String name, Model model, double threshold) {
    /** Which rows pass. */
    public boolean[] pass(FeatureTable table) {
        float[] s = model.predict(table);
        boolean[] out = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i] > threshold;
        }
        return out;
    }

    /** The cut as text, e.g. {@code high_nn > 0.7}. */
    public String description() {
        return name + " > " + threshold;
    }
}
