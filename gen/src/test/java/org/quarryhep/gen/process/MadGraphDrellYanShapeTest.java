package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * Lepton-pair distributions of the MadGraph 5 (2.2.1) Drell–Yan sample in the shared data ({@code
 * events/lhe/pylhe-testfile-madgraph-2.2.1-Z-mlm.lhe.gz}, the 0-jet process {@code @1}: p p → ℓ⁺ℓ⁻
 * at 7 TeV, CT10 (lhaid 10800), fixed scale 91.188, m_ℓℓ > 30 GeV, as its header states) against
 * Quarry's at the same settings but with NNPDF2.3 LO (CT10 is not in the shared data): two-sample
 * χ² tests (p > 1e-3) of m_ℓℓ and the Collins–Soper cos θ*, which depend little on the PDF; the
 * pair rapidity, which does, is tested against an NNPDF2.3 LO luminosity calculation.
 *
 * <p>Cross section: the header's 0-jet σ is 2064.9 pb for e and μ together (the pre-matching LO σ
 * of {@code @1}); Quarry gives about 1840 pb with NNPDF2.3 LO. Each of Quarry's numbers is held to
 * its own PDF set's luminosity integral at 0.2%; the 11% difference to MadGraph is the PDF: with
 * the other shared sets at the same settings Quarry gives 2061 pb (NNPDF3.1 LO) and 2149 pb
 * (NNPDF3.1 NNLO), bracketing MadGraph's, and with NNPDF3.1 NNLO — like CT10 a fit beyond LO with
 * α_s = 0.118 — the pair rapidity agrees with MadGraph's too.
 */
class MadGraphDrellYanShapeTest {
    private static final String FILE = "events/lhe/pylhe-testfile-madgraph-2.2.1-Z-mlm.lhe.gz";

    /** Lepton pairs (ℓ⁻, ℓ⁺) of the events with process id 1, parsed from the LHE file. */
    private static List<FourMomentum[]> madgraphPairs(Path file) throws IOException {
        List<FourMomentum[]> out = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(file)),
                                StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.strip().equals("<event>")) {
                    continue;
                }
                String[] head = in.readLine().strip().split("\\s+");
                int n = Integer.parseInt(head[0]);
                int id = Integer.parseInt(head[1]);
                FourMomentum lm = null;
                FourMomentum lp = null;
                for (int i = 0; i < n; i++) {
                    String[] f = in.readLine().strip().split("\\s+");
                    int pdg = Integer.parseInt(f[0]);
                    FourMomentum p =
                            new FourMomentum(
                                    Double.parseDouble(f[6]),
                                    Double.parseDouble(f[7]),
                                    Double.parseDouble(f[8]),
                                    Double.parseDouble(f[9]));
                    if (pdg == 11 || pdg == 13) {
                        lm = p;
                    } else if (pdg == -11 || pdg == -13) {
                        lp = p;
                    }
                }
                if (id == 1 && lm != null && lp != null) {
                    out.add(new FourMomentum[] {lm, lp});
                }
            }
        }
        return out;
    }

    private static double chi2(
            List<FourMomentum[]> a,
            List<FourMomentum[]> b,
            ToDoubleFunction<FourMomentum[]> f,
            double[] edges) {
        double[] ha = histogram(a, f, edges);
        double[] hb = histogram(b, f, edges);
        double na = a.size();
        double nb = b.size();
        double chi2 = 0;
        for (int i = 0; i < ha.length; i++) {
            double var = ha[i] / (na * na) + hb[i] / (nb * nb);
            if (var > 0) {
                chi2 += Math.pow(ha[i] / na - hb[i] / nb, 2) / var;
            }
        }
        return chi2;
    }

    private static double[] histogram(
            List<FourMomentum[]> s, ToDoubleFunction<FourMomentum[]> f, double[] edges) {
        double[] h = new double[edges.length + 1];
        for (FourMomentum[] p : s) {
            double v = f.applyAsDouble(p);
            int k = 0;
            while (k < edges.length && v >= edges[k]) {
                k++;
            }
            h[k]++;
        }
        return h;
    }

    /** χ² quantile at p = 1e-3 (Wilson–Hilferty, z = 3.09). */
    private static double critical(int ndf) {
        double a = 2.0 / (9 * ndf);
        return ndf * Math.pow(1 - a + 3.09 * Math.sqrt(a), 3);
    }

    /** Fractions of the Z-pole rapidity distribution in the bins (midpoint rule, 4000 steps). */
    private static double[] rapidityFractions(Collider c, double[] edges) {
        StandardModel sm = c.sm();
        double mz = sm.mZ();
        double tau = mz * mz / c.s();
        double yMax = -0.5 * Math.log(tau);
        double[] w = new double[5];
        for (int q = 1; q <= 4; q++) {
            double qq = q % 2 == 0 ? 2.0 / 3 : -1.0 / 3;
            double gl = (q % 2 == 0 ? 0.5 : -0.5) - qq * sm.sw2();
            double gr = -qq * sm.sw2();
            w[q] = gl * gl + gr * gr;
        }
        double[] h = new double[edges.length + 1];
        int n = 4000;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double y = (i + 0.5) * yMax / n;
            double x1 = Math.sqrt(tau) * Math.exp(y);
            double x2 = Math.sqrt(tau) * Math.exp(-y);
            double v = 0;
            for (int q = 1; q <= 4; q++) {
                v +=
                        w[q]
                                * (c.pdf().xfxQ(q, x1, mz) * c.pdf().xfxQ(-q, x2, mz)
                                        + c.pdf().xfxQ(-q, x1, mz) * c.pdf().xfxQ(q, x2, mz));
            }
            int k = 0;
            while (k < edges.length && y >= edges[k]) {
                k++;
            }
            h[k] += v;
            total += v;
        }
        for (int k = 0; k < h.length; k++) {
            h[k] /= total;
        }
        return h;
    }

    /** cos θ* of the ℓ⁻ in the Collins–Soper frame (massless leptons). */
    private static double cosCollinsSoper(FourMomentum[] p) {
        FourMomentum q = p[0].plus(p[1]);
        double p1p = (p[0].e() + p[0].pz()) / Math.sqrt(2);
        double p1m = (p[0].e() - p[0].pz()) / Math.sqrt(2);
        double p2p = (p[1].e() + p[1].pz()) / Math.sqrt(2);
        double p2m = (p[1].e() - p[1].pz()) / Math.sqrt(2);
        double m = q.mass();
        return Math.signum(q.pz()) * 2 * (p1p * p2m - p1m * p2p) / (m * Math.sqrt(m * m + q.pt2()));
    }

    @Test
    void leptonPairShapesAgreeWithMadGraph() throws IOException {
        Path file = ReferenceData.require(FILE);
        List<FourMomentum[]> mg = madgraphPairs(file);
        assertTrue(mg.size() > 5000, "0-jet events: " + mg.size());
        Collider c =
                new Collider(
                        7000,
                        Fixtures.pdf(),
                        ScaleChoice.fixed(91.188),
                        StandardModel.madgraphDefaults(),
                        new GeneratorCuts(Map.of("mmll", 30.0)));
        GeneratorSettings s = new GeneratorSettings(17, 2, 4, 3, 10_000, 50, 2000);
        EventGenerator g = new EventGenerator(new DrellYanProcess(13), c, s, 1);
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        IntegrationResult ir = ig.integration();
        List<FourMomentum[]> ours = new ArrayList<>();
        ig.generate(
                30_000,
                false,
                (Event e) ->
                        ours.add(
                                new FourMomentum[] {
                                    e.particle(3).momentum(), e.particle(4).momentum()
                                }),
                ProgressListener.NONE);
        double[] massEdges = {40, 50, 60, 70, 80, 85, 88, 90, 92, 94, 97, 100, 110, 130};
        double[] yEdges = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
        double[] cosEdges = {-0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75};
        double cm = chi2(mg, ours, p -> p[0].plus(p[1]).mass(), massEdges);
        double cc = chi2(mg, ours, MadGraphDrellYanShapeTest::cosCollinsSoper, cosEdges);
        assertTrue(cm < critical(massEdges.length), "m_ll chi2 " + cm);
        // |y_ll| is PDF-driven: CT10 is narrower than NNPDF2.3 LO (MG: 8.7% of Z-window events
        // at |y| > 3, NNPDF2.3 LO 10.7%). So the rapidity is checked against an independent
        // NNPDF2.3 LO prediction instead: at the Z pole dsigma/dy is proportional to
        // sum_q (g_L^2 + g_R^2)_q [q(x1) qbar(x2) + qbar(x1) q(x2)], x1,2 = (M_Z/sqrt s) e^(+-y).
        List<FourMomentum[]> window =
                ours.stream().filter(p -> Math.abs(p[0].plus(p[1]).mass() - 91.2) < 5).toList();
        double[] observed = histogram(window, p -> Math.abs(p[0].plus(p[1]).rapidity()), yEdges);
        double[] expected = rapidityFractions(c, yEdges);
        double cy = 0;
        for (int i = 0; i < observed.length; i++) {
            double e = expected[i] * window.size();
            cy += Math.pow(observed[i] - e, 2) / e;
        }
        assertTrue(cy < critical(yEdges.length), "|y_ll| chi2 vs luminosity " + cy);
        assertTrue(cc < critical(cosEdges.length), "cos theta_CS chi2 " + cc);
        // The cross section is checked against the same PDF set's luminosity integral, not
        // against MadGraph's CT10 number (see rapidityAndCrossSectionDifferencesAreThePdf).
        assertMatchesLuminosityIntegral(c, ir, "NNPDF2.3 LO");
    }

    /**
     * Quarry's σ(pp → ℓℓ), one lepton flavour, m_ℓℓ > 30 GeV, against the independent
     * one-dimensional luminosity integral of the partonic cross section (physics-formulas.md §2,
     * {@link DrellYanProcessTest#sigmaHatLl}) with the collider's PDF set over u, d, s, c:
     * tolerance 0.2% for the quadrature or four MC standard errors, whichever is larger.
     */
    private static void assertMatchesLuminosityIntegral(
            Collider c, IntegrationResult ir, String set) {
        StandardModel sm = c.sm();
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 7000, 91.188, new int[] {1, 2, 3, 4, -1, -2, -3, -4});
        double expected =
                li.sigma(
                        (a, b, sh) -> a == -b ? DrellYanProcessTest.sigmaHatLl(Math.abs(a), sh) : 0,
                        30 * 30,
                        7000.0 * 7000,
                        new double[] {sm.mZ(), sm.widthZ()});
        Tolerance.assertClose(
                expected, ir.crossSectionPb(), 0.002, 4 * ir.errorPb(), "sigma, " + set);
    }

    /**
     * Quarry's 0-jet Drell–Yan at the header's settings with the given PDF set, checked against
     * that set's luminosity integral: σ(e + μ), pairs.
     */
    private static double generate(String set, List<FourMomentum[]> pairs, int events) {
        Collider c =
                new Collider(
                        7000,
                        PdfSet.load(ReferenceData.require("pdf/" + set), 0),
                        ScaleChoice.fixed(91.188),
                        StandardModel.madgraphDefaults(),
                        new GeneratorCuts(Map.of("mmll", 30.0)));
        GeneratorSettings s = new GeneratorSettings(17, 2, 4, 3, 10_000, 50, 2000);
        EventGenerator g = new EventGenerator(new DrellYanProcess(13), c, s, 1);
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        IntegrationResult ir = ig.integration();
        assertMatchesLuminosityIntegral(c, ir, set);
        ig.generate(
                events,
                false,
                (Event e) ->
                        pairs.add(
                                new FourMomentum[] {
                                    e.particle(3).momentum(), e.particle(4).momentum()
                                }),
                ProgressListener.NONE);
        return 2 * ir.crossSectionPb();
    }

    @Test
    void rapidityAndCrossSectionDifferencesAreThePdf() throws IOException {
        // The header's CT10 is an NLO fit with alpha_s(M_Z) = 0.118, and CT10 is not in the shared
        // data, so MadGraph's sigma cannot be matched set for set. What can fail instead: with each
        // shared set Quarry's sigma equals that set's luminosity integral (0.2%, in generate), so
        // the generator is right whatever the PDF; and MadGraph's 2064.9 pb lies inside the span
        // of the three sets (1839, 2061 and 2149 pb when written; 17% wide): the difference of
        // the default set is the PDF, not the matrix element. NNPDF3.1 NNLO (alpha_s = 0.118),
        // the closest in kind to CT10, also gives MadGraph's pair rapidity (chi2 15 for 10 bins
        // when written; NNPDF2.3 LO gives 74, NNPDF3.1 LO 35).
        List<FourMomentum[]> mg = madgraphPairs(ReferenceData.require(FILE));
        List<FourMomentum[]> nnlo = new ArrayList<>();
        double sigmaNnlo = generate("NNPDF31_nnlo_as_0118_mc", nnlo, 30_000);
        double sigmaLo23 = generate("NNPDF23_lo_as_0130_qed", new ArrayList<>(), 0);
        double sigmaLo31 = generate("NNPDF31_lo_as_0130", new ArrayList<>(), 0);
        double[] yEdges = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
        double cy = chi2(mg, nnlo, p -> Math.abs(p[0].plus(p[1]).rapidity()), yEdges);
        assertTrue(cy < critical(yEdges.length), "|y_ll| chi2 with NNPDF3.1 NNLO " + cy);
        double lo = Math.min(sigmaNnlo, Math.min(sigmaLo23, sigmaLo31));
        double hi = Math.max(sigmaNnlo, Math.max(sigmaLo23, sigmaLo31));
        // Header <init>: 0.20649062749E+04 pb for process 1 (e + mu).
        assertTrue(
                lo < 2064.9062749 && 2064.9062749 < hi,
                "MadGraph's sigma inside the PDF spread [" + lo + ", " + hi + "]");
    }
}
