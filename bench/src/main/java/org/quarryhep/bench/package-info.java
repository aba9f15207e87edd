/**
 * JMH benchmarks, one class per workload, on inputs the benchmarks make themselves from a fixed
 * seed (no shared data needed). Peer comparisons that need FastJet, HepMC3 or PyTorch in the same
 * run are {@code quarry bench io|stats|ml} and the jets timing program; see this module's README.
 */
package org.quarryhep.bench;
