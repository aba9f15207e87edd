package org.quarryhep.ml.metrics;

/**
 * Selected signal and background at one threshold and the significances derived from them.
 *
 * @param threshold select scores ≥ this
 * @param signal selected signal weight s
 * @param background selected background weight b
 * @param simple s/√b
 * @param asimov the Asimov significance √(2((s+b) ln(1+s/b) − s)) (Cowan et al., arXiv:1007.1727,
 *     eq. 97)
 * @param ams the HiggsML AMS with b_r = 10
 */
public record SignificancePoint(
        double threshold,
        double signal,
        double background,
        double simple,
        double asimov,
        double ams) {}
