/**
 * MLM merging of tree-level samples with 0, 1, …, N extra partons and the parton shower: CKKW-style
 * scales for the matrix-element events ({@link org.quarryhep.merging.CkkwScales}), k_T-MLM jet
 * matching of the showered partons ({@link org.quarryhep.merging.MlmMatching}) and the run that
 * generates, showers, matches and normalises the merged sample ({@link
 * org.quarryhep.merging.MlmMerging}).
 */
package org.quarryhep.merging;
