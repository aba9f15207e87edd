package org.quarryhep.analysis;

/**
 * What the selection made of one event.
 *
 * @param commonCutsPassed how many of the common cuts the event passed, in order (it stops at the
 *     first failure)
 * @param category the index of its category in {@link AnalysisDefinition#categories()}, −1 when it
 *     failed a common cut or no category took it
 * @param categoryCutsPassed how many of that category's cuts it passed
 * @param selected whether it passed everything
 */
public record SelectionOutcome(
        int commonCutsPassed, int category, int categoryCutsPassed, boolean selected) {}
