package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.testkit.Requirements;

/**
 * Decay chains and s-channel syntax in generation (issue 19), 13 TeV, NNPDF2.3 LO, μ = 173 GeV.
 *
 * <p>σ(u ū → t t̄, t → b e⁺ν_e, t̄ → b̄ e⁻ν̄_e) = σ(u ū → t t̄) × B² × F², with the branching ratio
 * B = Γ(t → b e⁺ν)/Γ_t computed here from the widths — Γ_t = 1.4915 GeV (MadGraph's {@code sm} WT,
 * the width in the chain's propagator), Γ(t → b e ν) = ∫ dq²/π Γ(t → b W*(q²)) √q² Γ(W* → eν)/((q²
 * − M_W²)² + M_W²Γ_W²) with Γ(t → b W*) = g²m_t³/(64π q²) λ^½ [(1 − β)² + w(1 + β) − 2w²] (β =
 * m_b²/m_t², w = q²/m_t²), Γ(W* → eν) = g²√q²/(48π), g² = 4√2 G_F M_W² (G_μ scheme) — and F =
 * [atan(2c + x) + atan(2c − x)]/π the share of a top's Breit–Wigner within the bwcutoff window |m −
 * m_t| < cΓ_t (x = c²Γ_t/m_t, c = 15). Tolerance: 5 combined MC errors plus 2Γ_t/m_t = 1.7 % for
 * the off-shell effects the narrow-width factorisation leaves out.
 */
class DecayChainTest {
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();
    private static final GeneratorCuts NO_CUTS = new GeneratorCuts(Map.of());

    private static EventGenerator.Integrated integrate(String process, int points) {
        TreeLevelProcess p = new TreeLevelProcess(process, MODEL, NO_CUTS, false);
        Collider c = new Collider(13000, PDF, ScaleChoice.parse("173"), MODEL.sm(), NO_CUTS);
        return new EventGenerator(
                        p, c, GeneratorSettings.defaults(5).withPoints(points).withThreads(2), 1)
                .integrate(ProgressListener.NONE);
    }

    /** Γ(t → b e⁺ν_e) with the finite W width, GeV (see the class comment). */
    static double topToBElectronNeutrino() {
        double gf = 1.16639e-5;
        double mz = 91.188;
        double alpha = 1 / 132.507;
        double mw =
                Math.sqrt(
                        mz * mz / 2
                                + Math.sqrt(
                                        Math.pow(mz, 4) / 4
                                                - Math.PI * alpha * mz * mz / (Math.sqrt(2) * gf)));
        double ww = 2.0476;
        double mt = 173;
        double mb = 4.7;
        double g2 = 4 * Math.sqrt(2) * gf * mw * mw;
        // q² − M_W² = M_W Γ_W tan θ, from q = 0 to m_t − m_b; dq²/((q²−M²)² + M²Γ²) = dθ/(MΓ)
        double lo = Math.atan(-mw / ww);
        double hi = Math.atan((Math.pow(mt - mb, 2) - mw * mw) / (mw * ww));
        int steps = 200_000;
        double sum = 0;
        for (int k = 0; k < steps; k++) {
            double theta = lo + (hi - lo) * (k + 0.5) / steps;
            double q2 = mw * mw + mw * ww * Math.tan(theta);
            double w = q2 / (mt * mt);
            double beta = mb * mb / (mt * mt);
            double lambda = 1 + w * w + beta * beta - 2 * w - 2 * beta - 2 * w * beta;
            double toW =
                    g2
                            * Math.pow(mt, 3)
                            / (64 * Math.PI * q2)
                            * Math.sqrt(Math.max(0, lambda))
                            * (Math.pow(1 - beta, 2) + w * (1 + beta) - 2 * w * w);
            double wToE = g2 * Math.sqrt(q2) / (48 * Math.PI);
            sum += toW * Math.sqrt(q2) * wToE / (mw * ww);
        }
        return sum * (hi - lo) / steps / Math.PI;
    }

    @Test
    void chainCrossSectionIsProductionTimesBranchingRatios() {
        Requirements.validationProfile(); // ~80 s of CPU
        double widthT = 1.4915;
        double branching = topToBElectronNeutrino() / widthT;
        // the LO width with these inputs is 1.50 GeV: B(t -> b e nu) near 1/9
        assertEquals(1.0 / 9, branching, 0.01);
        double x = 15 * 15 * widthT / 173;
        double window = (Math.atan(30 + x) + Math.atan(30 - x)) / Math.PI;
        IntegrationResult production = integrate("u u~ > t t~", 4000).integration();
        IntegrationResult chain =
                integrate("u u~ > t t~, t > b e+ ve, t~ > b~ e- ve~", 4000).integration();
        double expected = production.crossSectionPb() * Math.pow(branching * window, 2);
        double error =
                Math.hypot(chain.errorPb(), production.errorPb() * Math.pow(branching * window, 2));
        assertEquals(expected, chain.crossSectionPb(), 5 * error + 2 * widthT / 173 * expected);
    }

    @Test
    void chainEventsWriteTheTopsAsResonancesWithTheirDaughters() {
        EventGenerator.Integrated g = integrate("u u~ > t t~, t > b e+ ve, t~ > b~ e- ve~", 2000);
        List<Event> events = new ArrayList<>();
        g.generate(50, true, events::add, ProgressListener.NONE);
        for (Event e : events) {
            List<Particle> ps = e.particles();
            int top = -1;
            int antitop = -1;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).status() == 2 && ps.get(i).pdgId() == 6) {
                    top = i;
                } else if (ps.get(i).status() == 2 && ps.get(i).pdgId() == -6) {
                    antitop = i;
                }
            }
            assertTrue(top >= 0 && antitop >= 0, "t and t~ at status 2");
            for (int res : new int[] {top, antitop}) {
                assertEquals(
                        List.of(0, 1), List.of(ps.get(res).mothers()[0], ps.get(res).mothers()[1]));
                FourMomentum sum = FourMomentum.ZERO;
                int daughters = 0;
                for (Particle q : ps) {
                    if (q.status() == 1 && q.mothers().length > 0 && q.mothers()[0] == res) {
                        sum = sum.plus(q.momentum());
                        daughters++;
                        if (Math.abs(q.pdgId()) == 5) {
                            // the top's colour line is its b quark's
                            assertEquals(ps.get(res).colour(), q.colour());
                            assertEquals(ps.get(res).anticolour(), q.anticolour());
                        }
                    }
                }
                assertEquals(3, daughters);
                FourMomentum p = ps.get(res).momentum();
                assertEquals(p.e(), sum.e(), 1e-9 * p.e());
                assertEquals(p.pz(), sum.pz(), 1e-9 * p.e());
                assertTrue(Math.abs(p.mass() - 173) <= 15 * 1.4915 + 1e-6, "within bwcutoff");
            }
        }
    }

    @Test
    void onShellExclusionRemovesTheZWindowAndOnlyIt() {
        // σ(40 < m < 200, $ z) = σ(40 < m < 200) − σ(|m − M_Z| < 15 Γ_Z), all three integrated
        double lo = 91.188 - 15 * 2.441404;
        double hi = 91.188 + 15 * 2.441404;
        IntegrationResult all = dileptons("u u~ > e+ e-", 40, 200);
        IntegrationResult window = dileptons("u u~ > e+ e-", lo, hi);
        IntegrationResult excluded = dileptons("u u~ > e+ e- $ z", 40, 200);
        double error =
                Math.sqrt(
                        Math.pow(all.errorPb(), 2)
                                + Math.pow(window.errorPb(), 2)
                                + Math.pow(excluded.errorPb(), 2));
        double expected = all.crossSectionPb() - window.crossSectionPb();
        assertEquals(expected, excluded.crossSectionPb(), 5 * error);
        assertTrue(expected < 0.2 * all.crossSectionPb(), "the window holds most of σ");
    }

    private static IntegrationResult dileptons(String process, double lo, double hi) {
        GeneratorCuts cuts = new GeneratorCuts(Map.of("mmll", lo, "mmllmax", hi));
        TreeLevelProcess p = new TreeLevelProcess(process, MODEL, cuts, false);
        Collider c = new Collider(13000, PDF, ScaleChoice.parse("91.188"), MODEL.sm(), cuts);
        return new EventGenerator(
                        p, c, GeneratorSettings.defaults(9).withPoints(5000).withThreads(2), 1)
                .integrate(ProgressListener.NONE)
                .integration();
    }

    @Test
    void runCardCutsDoNotCutDecayProducts() {
        // MadGraph's cut_decays = F: u u~ > z, z > e+ e- with the run-card lepton cuts (ptl 10,
        // etal 2.5, drll 0.4) integrates to the same σ as without cuts, bit for bit (same points)
        double[] sigma = new double[2];
        int k = 0;
        for (GeneratorCuts cuts : List.of(NO_CUTS, TreeLevelProcesses.cuts(Map.of()))) {
            TreeLevelProcess p = new TreeLevelProcess("u u~ > z, z > e+ e-", MODEL, cuts, false);
            Collider c = new Collider(13000, PDF, ScaleChoice.parse("91.188"), MODEL.sm(), cuts);
            sigma[k++] =
                    new EventGenerator(
                                    p,
                                    c,
                                    GeneratorSettings.defaults(6).withPoints(2000).withThreads(2),
                                    1)
                            .integrate(ProgressListener.NONE)
                            .integration()
                            .crossSectionPb();
        }
        assertEquals(sigma[0], sigma[1], 0.0);
        // and the same process without the decay is cut: the leptons' cuts remove a part
        TreeLevelProcess cut =
                new TreeLevelProcess(
                        "u u~ > z > e+ e-", MODEL, TreeLevelProcesses.cuts(Map.of()), false);
        Collider c =
                new Collider(
                        13000,
                        PDF,
                        ScaleChoice.parse("91.188"),
                        MODEL.sm(),
                        TreeLevelProcesses.cuts(Map.of()));
        double undecayed =
                new EventGenerator(
                                cut,
                                c,
                                GeneratorSettings.defaults(6).withPoints(2000).withThreads(2),
                                1)
                        .integrate(ProgressListener.NONE)
                        .integration()
                        .crossSectionPb();
        assertTrue(undecayed < 0.8 * sigma[0], undecayed + " against " + sigma[0]);
    }

    @Test
    void sChannelEventsWriteTheZ() {
        TreeLevelProcess p = new TreeLevelProcess("u u~ > z > e+ e-", MODEL, NO_CUTS, false);
        Collider c = new Collider(13000, PDF, ScaleChoice.parse("91.188"), MODEL.sm(), NO_CUTS);
        EventGenerator.Integrated g =
                new EventGenerator(
                                p,
                                c,
                                GeneratorSettings.defaults(2).withPoints(2000).withThreads(2),
                                1)
                        .integrate(ProgressListener.NONE);
        List<Event> events = new ArrayList<>();
        g.generate(20, true, events::add, ProgressListener.NONE);
        for (Event e : events) {
            Particle z = e.particles().get(2);
            assertEquals(23, z.pdgId());
            assertEquals(2, z.status());
            assertEquals(2, e.particles().get(3).mothers()[0]);
            assertEquals(2, e.particles().get(4).mothers()[0]);
        }
    }
}
