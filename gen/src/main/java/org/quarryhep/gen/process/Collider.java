package org.quarryhep.gen.process;

import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.pdf.PdfSet;

/**
 * The collision a process is evaluated for: proton–proton at √s, the PDF set (whose α_s is used),
 * the scale choice, the Standard Model inputs and the generator cuts (some processes narrow their
 * phase space to them, e.g. the Drell–Yan mass range to {@code mmll}/{@code mmllmax}).
 *
 * @param sqrtS the hadronic centre-of-mass energy, GeV
 * @param pdf the parton densities of both protons
 * @param scale the factorisation and renormalisation scale choice
 * @param sm the Standard Model inputs
 * @param cuts the generator cuts
 */
public record Collider(
        double sqrtS, PdfSet pdf, ScaleChoice scale, StandardModel sm, GeneratorCuts cuts) {
    /** Validates √s. */
    public Collider {
        if (!(sqrtS > 0) || !Double.isFinite(sqrtS)) {
            throw new InvalidParameterException(
                    "--sqrt-s: expected a positive energy, found " + sqrtS);
        }
    }

    /** s = (√s)². */
    public double s() {
        return sqrtS * sqrtS;
    }
}
