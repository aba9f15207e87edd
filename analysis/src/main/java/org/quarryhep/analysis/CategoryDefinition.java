package org.quarryhep.analysis;

import java.util.List;

/**
 * An event category: events that passed the common cuts go to the first category whose {@code
 * require} expression is true, then meet its own cuts.
 *
 * @param name the category name
 * @param require the expression that puts an event in this category
 * @param cuts the category's own ordered cuts
 */
public record CategoryDefinition(String name, String require, List<CutDefinition> cuts) {
    /** Copies the list. */
    public CategoryDefinition {
        cuts = List.copyOf(cuts);
    }
}
