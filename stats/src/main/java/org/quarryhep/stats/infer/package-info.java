/**
 * Inference on compiled models: the profile-likelihood test statistics (q_μ, q̃_μ, q_0, t_μ; Cowan,
 * Cranmer, Gross &amp; Vitells, arXiv:1007.1727), asymptotic CLs with Asimov data and the expected
 * band, pseudo-experiments, upper limits by root finding and by scan, discovery significance, the
 * counting-experiment formulas and the ABCD method.
 */
package org.quarryhep.stats.infer;
