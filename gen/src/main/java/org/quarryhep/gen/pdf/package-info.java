/**
 * LHAPDF6 parton densities: the {@code .info} metadata, {@code lhagrid1} member grids with LHAPDF's
 * log-bicubic interpolation and continuation extrapolation, the set's α_s, and the search path that
 * finds sets on disk.
 */
package org.quarryhep.gen.pdf;
