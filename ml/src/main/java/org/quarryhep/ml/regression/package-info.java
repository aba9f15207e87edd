/**
 * Mass regression (LFV analysis §1.10): a network regresses the ratio m_H / M_col of the true mass
 * to a reconstructed one, restarts with different seeds are ranked by a pluggable criterion on the
 * per-mass mean, resolution and pull of the estimate R̂ · M_col, and the best is kept.
 */
package org.quarryhep.ml.regression;
