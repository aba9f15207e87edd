/**
 * Issue 18, dip hunting in g g → S → t t̄: the analysis's own code, run by the pipeline as the
 * {@code dip-hunting} extension. Parton-level events of the generated samples are reweighted
 * exactly to any θ = (m_S, κ) ({@link org.quarryhep.analyses.diphunting.PartonPool}), parametric
 * networks learn the likelihood ratio r(x | θ) from them ({@link
 * org.quarryhep.analyses.diphunting.RatioNetworks}), and the learned ratio is tested against the
 * exact one ({@link org.quarryhep.analyses.diphunting.Closure}) and used in compatibility scans
 * with toys ({@link org.quarryhep.analyses.diphunting.CompatibilityScan}).
 */
package org.quarryhep.analyses.diphunting;
