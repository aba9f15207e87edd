package org.quarryhep.merging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;

/**
 * CKKW-style scales of a hand-built u ū → e⁺e⁻ g g event with the shipped NNPDF2.3 LO set (α_s(M_Z)
 * = 0.130, one-loop running, M_Z = 91.1876 GeV, five flavours above m_b).
 */
class CkkwScalesTest {
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);

    /** One-loop α_s with five flavours from α_s(M_Z) = 0.130, written out independently. */
    private static double alphaS(double q) {
        double b0 = (33 - 2 * 5) / (12 * Math.PI);
        return 0.130 / (1 + 0.130 * b0 * Math.log(q * q / (91.1876 * 91.1876)));
    }

    /**
     * The leptons form a Z of mass 91.1876 with p_T 30 (recoiling against gluons of p_T 40 and 30
     * back to back, so the event balances only with the pair's recoil: the test needs the
     * kinematics, not momentum conservation): μ_core = √(91.1876² + 30²) = 95.99572 GeV; the gluons
     * cluster to the beam at 30 and 40 GeV ({@link PartonClusteringTest}). Generated at μ₀ = μ_core
     * the PDF ratio is 1 and the factor is α_s(30) α_s(40)/α_s(μ_core)².
     */
    @Test
    void twoEmissionsTakeTheirCouplingAtTheirKt() {
        double muCore = Math.hypot(91.1876, 30);
        FourMomentum z = FourMomentum.ofPtEtaPhiM(30, 0.5, 1, 91.1876);
        double[] b = z.boostVector();
        FourMomentum em = new FourMomentum(0, 0, 91.1876 / 2, 91.1876 / 2).boost(b[0], b[1], b[2]);
        FourMomentum ep = new FourMomentum(0, 0, -91.1876 / 2, 91.1876 / 2).boost(b[0], b[1], b[2]);
        Event e =
                Event.builder()
                        .optParticles(
                                List.of(
                                        Particle.of(2, -1, new FourMomentum(0, 0, 500, 500)),
                                        Particle.of(-2, -1, new FourMomentum(0, 0, -300, 300)),
                                        Particle.of(11, 1, em),
                                        Particle.of(-11, 1, ep),
                                        Particle.of(21, 1, FourMomentum.ofPtEtaPhiM(40, 0, 0, 0)),
                                        Particle.of(
                                                21,
                                                1,
                                                FourMomentum.ofPtEtaPhiM(30, 0, Math.PI, 0))))
                        .optAlphaQcd(PDF.alphaS(muCore))
                        .optPdfInfo(new PdfInfo(2, -2, 0.1, 0.05, muCore, 0, 0, 247000, 247000))
                        .optWeights(1.0)
                        .build();
        CkkwScales.Reweighting r = new CkkwScales(PDF).reweight(e);
        assertEquals(95.99572, r.coreScale(), 1e-5, "m_T of the lepton pair");
        assertArrayEquals(new double[] {30, 40}, r.clusteringScales(), 1e-9);
        assertEquals(30, r.softestScale(), 1e-9);
        // The set's α_s runs at one loop from α_s(M_Z): 1e-4 relative covers its rounding.
        double expected = alphaS(30) * alphaS(40) / (alphaS(muCore) * alphaS(muCore));
        assertEquals(expected, r.factor(), 1e-4 * expected);
    }

    /**
     * A t t̄ + g event: the core scale is the geometric mean of the tops' transverse masses
     * (MadGraph's {@code mt2last}, {@code reweight.f}), here √(√(173² + 100²) · √(173² + 60²)) =
     * 191.2834 GeV, not the pair's m_T; the factor carries α_s(μ_core)² for the two tops and
     * α_s(k_T = 40 GeV) for the gluon over α_s(μ₀)³ (μ₀ = μ_core, so the PDF ratio is 1).
     */
    @Test
    void topPairCoreTakesTheGeometricMeanOfTheTopTransverseMasses() {
        double mt = 173;
        double muCore = Math.sqrt(Math.hypot(mt, 100) * Math.hypot(mt, 60));
        Event e =
                Event.builder()
                        .optParticles(
                                List.of(
                                        Particle.of(21, -1, new FourMomentum(0, 0, 600, 600)),
                                        Particle.of(21, -1, new FourMomentum(0, 0, -400, 400)),
                                        Particle.of(
                                                6, 1, FourMomentum.ofPtEtaPhiM(100, 0.3, 0, mt)),
                                        Particle.of(
                                                -6, 1, FourMomentum.ofPtEtaPhiM(60, -0.8, 2.5, mt)),
                                        Particle.of(21, 1, FourMomentum.ofPtEtaPhiM(40, 1, 4, 0))))
                        .optAlphaQcd(PDF.alphaS(muCore))
                        .optPdfInfo(new PdfInfo(21, 21, 0.1, 0.07, muCore, 0, 0, 247000, 247000))
                        .optWeights(1.0)
                        .build();
        CkkwScales.Reweighting r = new CkkwScales(PDF).reweight(e);
        assertEquals(191.2834, r.coreScale(), 1e-4, "sqrt(m_T,t m_T,tbar)");
        assertArrayEquals(new double[] {40}, r.clusteringScales(), 1e-9);
        // the set's own α_s (six flavours above m_t, which the one-loop helper above leaves out)
        double expected = PDF.alphaS(40) / PDF.alphaS(muCore);
        assertEquals(expected, r.factor(), 1e-12 * expected);
    }

    /** A final state of light partons only has no core to cluster onto. */
    @Test
    void eventWithoutCoreIsRefused() {
        Event e =
                Event.builder()
                        .optParticles(
                                List.of(
                                        Particle.of(21, -1, new FourMomentum(0, 0, 100, 100)),
                                        Particle.of(21, -1, new FourMomentum(0, 0, -100, 100)),
                                        Particle.of(21, 1, FourMomentum.ofPtEtaPhiM(50, 0, 0, 0)),
                                        Particle.of(
                                                21,
                                                1,
                                                FourMomentum.ofPtEtaPhiM(50, 0, Math.PI, 0))))
                        .optWeights(1.0)
                        .build();
        assertThrows(MergingException.class, () -> new CkkwScales(PDF).reweight(e));
    }
}
