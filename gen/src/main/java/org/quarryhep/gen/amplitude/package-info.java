/**
 * Tree-level matrix elements for any Standard Model process: MadGraph process syntax ({@link
 * org.quarryhep.gen.amplitude.ProcessSyntax}), subprocess enumeration, and Berends–Giele off-shell
 * recursion with explicit colour and helicity sums ({@link
 * org.quarryhep.gen.amplitude.MatrixElement}) over the vertices of the {@code sm} model — QCD, the
 * fermion couplings of γ, Z, W and H, the electroweak gauge self-couplings and the Higgs couplings
 * to W, Z and itself — and of the optional top-philic scalar ({@link
 * org.quarryhep.gen.amplitude.ScalarResonance}), right-handed smuon and bino-like neutralino, and
 * heavy Majorana neutrinos with the left-right model's W_R ({@link
 * org.quarryhep.gen.amplitude.HeavyNeutrinoSector}; Majorana fermion flow in {@code MajoranaFlow}).
 */
package org.quarryhep.gen.amplitude;
