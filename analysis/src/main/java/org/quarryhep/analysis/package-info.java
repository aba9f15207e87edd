/**
 * The analysis layer: the event-level part of an analysis file (objects, selection, variables,
 * features, histograms) read into an {@link org.quarryhep.analysis.AnalysisDefinition}, run on
 * {@code detector.ReconstructedEvent}s by an {@link org.quarryhep.analysis.EventSelection}, and
 * accumulated into cut-flows and histograms that merge exactly across threads.
 */
package org.quarryhep.analysis;
