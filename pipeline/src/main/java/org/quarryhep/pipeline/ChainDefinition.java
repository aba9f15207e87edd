package org.quarryhep.pipeline;

/**
 * The simulation chain between generator and analysis.
 *
 * @param shower whether parton-level events go through the parton shower
 * @param hadronization whether the showered events are hadronised and their hadrons and τ leptons
 *     decayed (only with the shower)
 * @param detector a detector card: a preset name (cms, atlas, hllhc) or a card file path
 * @param pileup the mean number of pile-up interactions, or NaN for the card's own
 * @param pileupEvents minimum-bias events to overlay (needed when the mean pile-up is positive), or
 *     {@code null}
 */
public record ChainDefinition(
        boolean shower,
        boolean hadronization,
        String detector,
        double pileup,
        java.nio.file.Path pileupEvents) {}
