package org.quarryhep.ml.regression;

import java.util.List;

/** Ranks a trained regressor by its per-mass performance; lower is better. */
@FunctionalInterface
public interface SelectionCriterion {
    /**
     * The score of a regressor.
     *
     * @param points its per-mass performance on the selection table
     * @return the score, lower is better
     */
    double score(List<MassPoint> points);

    /**
     * The LFV paper's S = σ_SD + λ·|μ − m_H| (λ = 50 there), averaged over the masses (the paper
     * does not say how S is combined over masses; the mean weighs each test mass alike).
     *
     * @param lambda λ
     * @return the criterion
     */
    static SelectionCriterion resolutionPlusBias(double lambda) {
        return points ->
                points.stream()
                        .mapToDouble(p -> p.sd() + lambda * p.error())
                        .average()
                        .orElse(Double.NaN);
    }
}
