package org.quarryhep.analysis;

import java.util.List;
import org.quarryhep.analysis.score.ScoreProvider;

/**
 * A named event variable: an expression over objects and other variables, an ML score computed from
 * a feature set, or a per-sample parameter (a label such as the mass hypothesis).
 *
 * @param name the name used in expressions, histograms and features
 * @param kind what computes it
 * @param text the expression ({@link Kind#EXPRESSION}), the model name ({@link Kind#SCORE}) or the
 *     parameter name ({@link Kind#PARAMETER})
 * @param featureSet for a score, the feature set whose row the model reads; else empty
 * @param categories the categories where the variable exists; empty means every category
 */
public record VariableDefinition(
        String name, Kind kind, String text, String featureSet, List<String> categories) {

    /** Copies the list. */
    public VariableDefinition {
        categories = List.copyOf(categories);
    }

    /** What computes a variable. */
    public enum Kind {
        /** An expression over objects and other variables. */
        EXPRESSION,
        /** A model's score from a feature row, through a {@link ScoreProvider}. */
        SCORE,
        /** A value given per sample (a label or parameter such as the tested mass). */
        PARAMETER
    }
}
