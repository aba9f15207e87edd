/**
 * How machine-learned scores enter an analysis as variables: the pipeline fills a {@link
 * org.quarryhep.analysis.score.ScoreProvider} from its models.
 */
package org.quarryhep.analysis.score;
