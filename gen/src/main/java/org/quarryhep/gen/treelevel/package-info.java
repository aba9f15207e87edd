/**
 * Events from the tree-level amplitudes of {@link org.quarryhep.gen.amplitude}: multichannel phase
 * space built from the s-channel structure of the subprocesses ({@link
 * org.quarryhep.gen.treelevel.PhaseSpaceChannels}), and {@link
 * org.quarryhep.gen.treelevel.TreeLevelProcess}, a {@link org.quarryhep.gen.process.HardProcess}
 * for any MadGraph process string, integrated and unweighted by {@link
 * org.quarryhep.gen.EventGenerator} like the built-in processes.
 */
package org.quarryhep.gen.treelevel;
