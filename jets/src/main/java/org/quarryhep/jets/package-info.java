/**
 * Sequential-recombination jet clustering (kt, Cambridge/Aachen, anti-kt) with FastJet's
 * definitions and conventions.
 *
 * <p>A {@link org.quarryhep.jets.JetDefinition} says what to cluster with; a {@link
 * org.quarryhep.jets.ClusterSequence} is one run over a list of four-momenta, keeping the full
 * merge history and answering inclusive and exclusive jet queries. Jets are {@link
 * org.quarryhep.jets.Jet} records whose constituents are indices into the input list. The module
 * knows nothing about detectors or particle types: callers choose which particles to cluster.
 */
package org.quarryhep.jets;
