/**
 * Parametrised detector simulation after Delphes: {@link org.quarryhep.detector.DetectorSimulation}
 * turns generator events into {@link org.quarryhep.detector.ReconstructedEvent}s (isolated leptons
 * and photons, hadronic τ, jets with b/τ tags, missing transverse momentum, displaced vertices)
 * following a {@link org.quarryhep.detector.card.DetectorCard}.
 */
package org.quarryhep.detector;
