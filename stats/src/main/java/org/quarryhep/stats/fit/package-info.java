/**
 * Maximum-likelihood fits: a bounded quasi-Newton minimiser written for this project (projected
 * BFGS with an Armijo line search on the box), the {@link org.quarryhep.stats.fit.Fitter} that
 * applies it to a model's negative log-likelihood with analytic gradients, multi-start for
 * multi-modal likelihoods, Hessian uncertainties, correlations, pulls and profile scans.
 */
package org.quarryhep.stats.fit;
