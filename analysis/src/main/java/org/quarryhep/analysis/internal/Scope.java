package org.quarryhep.analysis.internal;

import java.util.List;

/** The names an expression may use: collections and variables of one analysis definition. */
public interface Scope {
    /** The slot of a collection, or −1 when there is none of that name. */
    int collectionSlot(String name);

    /** Whether the collection in a slot holds displaced vertices (no four-momenta). */
    boolean isVertexCollection(int slot);

    /** The index of a variable, or −1 when there is none of that name. */
    int variableIndex(String name);

    /** Every collection name, for error messages. */
    List<String> collectionNames();

    /** Every variable name, for error messages. */
    List<String> variableNames();
}
