package org.quarryhep.pipeline;

/**
 * The collision every built-in sample is generated for.
 *
 * @param sqrtS the centre-of-mass energy, GeV
 * @param pdf the LHAPDF set name
 * @param scale the scale choice ({@code quarry generate --scale} syntax)
 * @param luminosityInvFb the integrated luminosity, fb⁻¹, at which yields are quoted
 */
public record ColliderSettings(double sqrtS, String pdf, String scale, double luminosityInvFb) {
    /** The luminosity in pb⁻¹, the unit in which σ [pb] × L gives events. */
    public double luminosityInvPb() {
        return luminosityInvFb * 1000;
    }
}
