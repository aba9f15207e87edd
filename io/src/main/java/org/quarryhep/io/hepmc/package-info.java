/**
 * HepMC ASCII event files: HepMC3's {@code Asciiv3} ({@code HepMc3Reader}, {@code HepMc3Writer})
 * and HepMC2's {@code IO_GenEvent} ({@code HepMc2Reader}, {@code HepMc2Writer}).
 */
package org.quarryhep.io.hepmc;
