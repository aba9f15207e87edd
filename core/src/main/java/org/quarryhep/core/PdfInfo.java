package org.quarryhep.core;

/**
 * Parton-density information of one event (HepMC's GenPdfInfo, LHE's {@code <pdfinfo>}/#pdf).
 *
 * @param parton1 PDG code of the first incoming parton
 * @param parton2 PDG code of the second incoming parton
 * @param x1 momentum fraction of the first parton
 * @param x2 momentum fraction of the second parton
 * @param scale factorisation scale Q, GeV
 * @param xf1 x·f(x) of the first parton
 * @param xf2 x·f(x) of the second parton
 * @param pdfId1 LHAPDF id of the first beam's PDF set (0 when unknown)
 * @param pdfId2 LHAPDF id of the second beam's PDF set
 */
public record PdfInfo(
        int parton1,
        int parton2,
        double x1,
        double x2,
        double scale,
        double xf1,
        double xf2,
        int pdfId1,
        int pdfId2) {}
