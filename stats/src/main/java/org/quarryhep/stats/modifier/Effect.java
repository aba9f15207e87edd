package org.quarryhep.stats.modifier;

/** How a modifier's per-bin term combines with a sample's nominal yield. */
public enum Effect {
    /** Added to the nominal (histosys). */
    ADDITIVE,
    /** Multiplies the nominal plus all additive terms (all other types). */
    MULTIPLICATIVE
}
