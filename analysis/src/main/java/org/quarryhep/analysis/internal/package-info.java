/**
 * Implementation of the analysis layer, not for other modules: the expression parser and compiler,
 * the per-thread event context, the object builder and exact sums.
 */
package org.quarryhep.analysis.internal;
