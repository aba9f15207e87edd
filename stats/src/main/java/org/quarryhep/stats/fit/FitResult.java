package org.quarryhep.stats.fit;

import java.util.List;
import org.quarryhep.core.Provenance;

/**
 * A maximum-likelihood fit.
 *
 * @param parameterNames the component names in flat order
 * @param bestFit the parameter values at the minimum
 * @param nll −ln L at the minimum
 * @param uncertainties √(H⁻¹)_ii from the Hessian of −ln L (0 for fixed components), or {@code
 *     null} when not computed
 * @param correlation the correlation matrix, or {@code null} when not computed
 * @param localMinima −ln L of every distinct local minimum found by multi-start, lowest first (one
 *     entry for a single-start fit)
 * @param evaluations likelihood-and-gradient evaluations used
 * @param provenance the fitter's provenance: the model's workspace, measurement and interpolation
 *     codes, and the multi-start settings
 */
public record FitResult(
        List<String> parameterNames,
        double[] bestFit,
        double nll,
        double[] uncertainties,
        double[][] correlation,
        List<Double> localMinima,
        int evaluations,
        Provenance provenance) {

    /** Copies the arrays. */
    public FitResult {
        parameterNames = List.copyOf(parameterNames);
        bestFit = bestFit.clone();
        uncertainties = uncertainties == null ? null : uncertainties.clone();
        localMinima = List.copyOf(localMinima);
    }

    /** The parameter values at the minimum (a copy). */
    @Override
    public double[] bestFit() {
        return bestFit.clone();
    }

    /** −2 ln L at the minimum (pyhf's {@code twice_nll}). */
    public double twiceNll() {
        return 2 * nll;
    }

    /** The value of a named component. */
    public double value(String name) {
        int i = parameterNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter '" + name + "' in " + parameterNames);
        }
        return bestFit[i];
    }
}
