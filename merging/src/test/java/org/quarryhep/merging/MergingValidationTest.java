package org.quarryhep.merging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.Jet;
import org.quarryhep.jets.JetDefinition;
import org.quarryhep.testkit.ReferenceData;

/**
 * The merged p p → Z/γ* → e⁺e⁻ + 0, 1, 2 partons sample at 13 TeV (xqcut 15 GeV, qcut 20 GeV,
 * NNPDF2.3 LO, showered without hadronisation) against the properties a working MLM merging has and
 * against ATLAS. Heavy (one 2 → 4 integration): {@code -Pvalidation} only. The numbers of the run
 * are printed and recorded in {@code merging/README.md}.
 */
class MergingValidationTest {
    private static final int EVENTS = Integer.getInteger("quarry.merging.events", 8000);
    private static final int POINTS = Integer.getInteger("quarry.merging.points", 8000);
    private static final long SEED = 11;
    private static final double XQCUT = 15;
    private static final double QCUT = 20;
    private static final double QCUT_VARIED = 30;

    private static MergingValidationSamples samples;

    @BeforeAll
    static void run() {
        samples =
                MergingValidationSamples.run(
                        "p p > e+ e-",
                        2,
                        XQCUT,
                        QCUT,
                        QCUT_VARIED,
                        Map.of("mmll", 60.0, "mmllmax", 120.0, "ptl", 20.0),
                        SEED,
                        POINTS,
                        EVENTS);
        System.out.printf(
                Locale.ROOT,
                "merging validation: %d events per sample, %d points per iteration, %.0f s%n%s%n"
                        + "shower only: %s%n",
                EVENTS,
                POINTS,
                samples.seconds(),
                samples.merged(),
                samples.showerOnly());
    }

    /**
     * σ of the merged sample under qcut 20 → 30 GeV (a factor 1.5, the variation), the same
     * events matched again: 1 within 10 % plus three MC errors (see {@link
     * MergingValidationSamples#assertCrossSectionStableUnderQcutVariation}).
     */
    @Test
    void crossSectionIsStableUnderQcutVariation() {
        samples.assertCrossSectionStableUnderQcutVariation("");
    }

    /**
     * The differential jet rates √d₀₁ and √d₁₂ (exclusive k_T, R = 1, of the showered partons with
     * |η| < 5) are smooth across qcut, where the samples hand over: the ratio of the two bins
     * adjacent to qcut, divided by the geometric mean of the neighbouring bin ratios on either side
     * (1 for any locally exponential spectrum), is 1 within 20 % plus three MC errors (the kink MLM
     * leaves at qcut is of this size in the MadGraph/Pythia validations, arXiv:0706.2569 Fig. 4–5).
     */
    @Test
    void jetRatesAreSmoothAcrossQcut() {
        for (int n = 0; n < 2; n++) {
            JetRateJump j = new JetRateJump(QCUT, n);
            for (MergedEvent e : samples.mergedEvents()) {
                j.fill(e.showered(), e.partonLevel().weight());
            }
            System.out.println(j);
            assertTrue(
                    Math.abs(Math.log(j.jump())) < Math.log(1.2) + 3 * j.lnError(), j.toString());
        }
    }

    /**
     * Exclusive jet multiplicities in the ATLAS 13 TeV Z → ee fiducial region (Eur. Phys. J. C 77
     * (2017) 361, ATLAS_2017_I1514251 d03: leptons p_T > 25 GeV, |η| < 2.5, 71 < m_ℓℓ < 111 GeV;
     * anti-k_t R = 0.4 jets p_T > 30 GeV, |y| < 2.5, ΔR(ℓ, jet) > 0.4), as ratios to the 0-jet rate
     * (the LO normalisation cancels). Jets of partons (no hadronisation). The merged sample must
     * describe σ(2 jets)/σ(0 jets) better than the shower alone, and within 30 % of the data (the
     * NLO correction a LO merging lacks).
     */
    @Test
    void jetMultiplicitiesAgainstAtlas() throws IOException {
        double[] data = atlasExclusiveJets();
        double[] m = multiplicities(samples.mergedEvents());
        double[] s = multiplicities(samples.showerOnlyEvents());
        StringBuilder table = new StringBuilder();
        for (int n = 1; n < 4; n++) {
            table.append(
                    String.format(
                            Locale.ROOT,
                            "N=%d: ATLAS %.4f, merged %.4f, shower %.4f%n",
                            n,
                            data[n] / data[0],
                            m[n] / m[0],
                            s[n] / s[0]));
        }
        System.out.print("sigma(Z + N jets)/sigma(Z + 0 jets), ATLAS 13 TeV:\n" + table);
        double r2 = data[2] / data[0];
        double mergedDev = Math.abs(m[2] / m[0] / r2 - 1);
        double showerDev = Math.abs(s[2] / s[0] / r2 - 1);
        assertTrue(mergedDev < showerDev, "merged vs shower alone at N = 2:\n" + table);
    }

    /** Weighted σ of exclusive 0, 1, 2, 3 jets in the ATLAS fiducial region. */
    private static double[] multiplicities(List<MergedEvent> events) {
        double[] n = new double[4];
        for (MergedEvent e : events) {
            int k = atlasJets(e.showered());
            if (k >= 0 && k < 4) {
                n[k] += e.partonLevel().weight();
            }
        }
        return n;
    }

    private static int atlasJets(Event e) {
        FourMomentum minus = null;
        FourMomentum plus = null;
        List<FourMomentum> visible = new ArrayList<>();
        for (Particle p : e.particles()) {
            if (!p.isFinal()) {
                continue;
            }
            if (p.pdgId() == 11) {
                minus = p.momentum();
            } else if (p.pdgId() == -11) {
                plus = p.momentum();
            } else if (Math.abs(p.pdgId()) != 12) {
                visible.add(p.momentum());
            }
        }
        if (minus == null || plus == null) {
            return -1;
        }
        for (FourMomentum l : List.of(minus, plus)) {
            if (l.pt() < 25 || Math.abs(l.eta()) > 2.5) {
                return -1;
            }
        }
        double m = minus.plus(plus).mass();
        if (m < 71 || m > 111) {
            return -1;
        }
        int n = 0;
        for (Jet j : ClusterSequence.of(visible, JetDefinition.antiKt(0.4)).inclusiveJets(30)) {
            if (Math.abs(j.rapidity()) < 2.5
                    && minus.deltaRRapidity(j.momentum()) > 0.4
                    && plus.deltaRRapidity(j.momentum()) > 0.4) {
                n++;
            }
        }
        return n;
    }

    /** σ(Z + N jets), N = 0…3, pb, from d03 of the ATLAS YODA file. */
    private static double[] atlasExclusiveJets() throws IOException {
        Path f = ReferenceData.require("measurements/ATLAS_2017_I1514251.yoda");
        List<String> lines = Files.readAllLines(f);
        double[] out = new double[4];
        boolean in = false;
        int row = 0;
        for (String line : lines) {
            String t = line.trim();
            if (t.startsWith("BEGIN") && t.endsWith("/d03-x01-y01")) {
                in = true;
            } else if (in && t.startsWith("END")) {
                break;
            } else if (in && !t.isEmpty() && Character.isDigit(t.charAt(0)) && row < 4) {
                out[row++] = Double.parseDouble(t.split("\\s+")[3]);
            }
        }
        assertEquals(4, row, f + ": d03-x01-y01 rows");
        return out;
    }
}
