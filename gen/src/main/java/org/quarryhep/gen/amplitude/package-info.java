/**
 * Tree-level matrix elements for any Standard Model process: MadGraph process syntax ({@link
 * org.quarryhep.gen.amplitude.ProcessSyntax}), subprocess enumeration, and Berends–Giele off-shell
 * recursion with explicit colour and helicity sums ({@link
 * org.quarryhep.gen.amplitude.MatrixElement}).
 */
package org.quarryhep.gen.amplitude;
