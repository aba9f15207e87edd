package org.quarryhep.gen.amplitude;

/**
 * An on-shell resonance of a decay chain ({@code p p > t t~, (t > b l+ vl), …}): the particle, the
 * final-state slots of its decay products and the resonance it comes from. The amplitude keeps only
 * the diagrams in which these products meet in one s-channel propagator of this particle, and the
 * generator keeps their invariant mass within {@code bwcutoff} widths of the mass, as MadGraph's
 * decay chains do.
 *
 * @param pdg the resonance's PDG id
 * @param mask bit i set when outgoing slot i is one of its (direct or later) decay products
 * @param parent the index, in the subprocess's list, of the resonance it decays from; −1 for one
 *     made in the production process
 */
public record Resonance(int pdg, int mask, int parent) {}
