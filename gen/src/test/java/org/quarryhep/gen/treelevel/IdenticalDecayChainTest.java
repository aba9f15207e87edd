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
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.amplitude.ResonanceAssignments;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.DalitzWidth;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.testkit.Requirements;

/**
 * Decay chains with identical particles in different branches in generation (issue 19), 13 TeV,
 * NNPDF2.3 LO, fixed scale, no cuts.
 *
 * <p>Narrow-width factorisation: σ(chain) = σ(production) × Π B × F, with B = Γ(decay)/Γ and F =
 * [atan(2c + x) + atan(2c − x)]/π the share of a resonance's Breit–Wigner (in m²) within |m − M| <
 * cΓ (x = c²Γ/M, c = 15, the bwcutoff window). In the narrow-width limit the assignments' resonant
 * regions are disjoint and each holds the factorised σ once; the 1/n! of the identical particles
 * times the number of assignments (and the production's own identical-particle factor) make the
 * product 1 in both processes here (see each test). Tolerance: 5 combined MC errors plus Σ Γ/M (the
 * off-shell and non-factorisable effects the narrow-width limit leaves out).
 */
class IdenticalDecayChainTest {
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
    private static final GeneratorCuts NO_CUTS = new GeneratorCuts(Map.of());

    /** LRSM with M_N = 500 GeV, M_WR = 3 TeV: Γ_N (the W_R* → q q̄′ modes) is narrow. */
    static final AmplitudeModel LRSM =
            AmplitudeModel.madgraphDefaults().with("MN1", 500).with("MWR", 3000);

    private static EventGenerator.Integrated integrate(
            String process, AmplitudeModel model, String scale, int points) {
        TreeLevelProcess p = new TreeLevelProcess(process, model, NO_CUTS, false);
        Collider c = new Collider(13000, PDF, ScaleChoice.parse(scale), model.sm(), NO_CUTS);
        return new EventGenerator(
                        p, c, GeneratorSettings.defaults(5).withPoints(points).withThreads(2), 1)
                .integrate(ProgressListener.NONE);
    }

    private static double window(double mass, double width) {
        double c = 15;
        double x = c * c * width / mass;
        return (Math.atan(2 * c + x) + Math.atan(2 * c - x)) / Math.PI;
    }

    /** Γ(N → e⁺ d ū) from the engine's 1 → 3 matrix element (48-point Dalitz grid). */
    static double widthToPositronDownAntiUp(AmplitudeModel model) {
        Subprocess sp = ProcessSyntax.subprocesses("n1 > e+ d u~", model).get(0);
        return DalitzWidth.width(new MatrixElement(sp, model), model.mass(9900012), 48);
    }

    @Test
    void engineWidthMatchesTheLrsmFormula() {
        // Γ(N → e+ d u~) is one of the four massless q q̄′ modes (u d̄, c s̄, both charges) that
        // the
        // model's Γ_N counts (HeavyNeutrinoSector.autoWidthN, physics-formulas.md §11)
        double gammaN = LRSM.width(9900012);
        assertEquals(gammaN / 4, widthToPositronDownAntiUp(LRSM), 1e-6 * gammaN);
    }

    @Test
    void sameSignChainIsProductionTimesBranchingRatio() {
        Requirements.validationProfile();
        // 1/2! for the two e+ × 2 assignments = 1: σ = σ(u d~ > e+ N) × B × F
        double mN = 500;
        double gammaN = LRSM.width(9900012);
        double b = widthToPositronDownAntiUp(LRSM) / gammaN;
        IntegrationResult production = integrate("u d~ > e+ n1", LRSM, "500", 4000).integration();
        IntegrationResult chain =
                integrate("u d~ > e+ n1, n1 > e+ d u~", LRSM, "500", 4000).integration();
        double expected = production.crossSectionPb() * b * window(mN, gammaN);
        double error = Math.hypot(chain.errorPb(), production.errorPb() * b);
        System.out.printf(
                "u d~ > e+ n1: %.6g +- %.2g pb, B = %.6f, F = %.5f; chain %.6g +- %.2g pb,"
                        + " expected %.6g pb%n",
                production.crossSectionPb(),
                production.errorPb(),
                b,
                window(mN, gammaN),
                chain.crossSectionPb(),
                chain.errorPb(),
                expected);
        assertEquals(expected, chain.crossSectionPb(), 5 * error + gammaN / mN * expected);
    }

    @Test
    void fourMuonsAreZPairsTimesBranchingRatioSquared() {
        Requirements.validationProfile();
        AmplitudeModel sm = AmplitudeModel.madgraphDefaults();
        double mz = sm.mass(23);
        double gz = sm.width(23);
        // Γ(Z → μμ) = G_F M_Z³/(6√2π)(g_V² + g_A²), g_V = −1/2 + 2 s_W², g_A = −1/2, with
        // s_W² = 1 − M_W²/M_Z² of the G_μ scheme (MadGraph sm: α(M_Z) = 1/132.507)
        double gf = 1.16639e-5;
        double alpha = 1 / 132.507;
        double mw2 =
                mz * mz / 2
                        + Math.sqrt(
                                Math.pow(mz, 4) / 4
                                        - Math.PI * alpha * mz * mz / (Math.sqrt(2) * gf));
        double sw2 = 1 - mw2 / (mz * mz);
        double gv = -0.5 + 2 * sw2;
        double toMuons = gf * Math.pow(mz, 3) / (6 * Math.sqrt(2) * Math.PI) * (gv * gv + 0.25);
        double b = toMuons / gz;
        // 1/(2! 2!) for the two mu+ and two mu- × 2 pairings × 2 (the Z's are told apart by their
        // muons, σ(u u~ > z z) has 1/2!) = 1: σ = σ(ZZ) × B² × F²
        IntegrationResult production = integrate("u u~ > z z", sm, "91.188", 4000).integration();
        IntegrationResult chain =
                integrate("u u~ > z z, z > mu+ mu-, z > mu+ mu-", sm, "91.188", 4000).integration();
        double f = window(mz, gz);
        double expected = production.crossSectionPb() * b * b * f * f;
        double error = Math.hypot(chain.errorPb(), production.errorPb() * b * b * f * f);
        System.out.printf(
                "u u~ > z z: %.6g +- %.2g pb, B = %.6f, F = %.5f; chain %.6g +- %.2g pb,"
                        + " expected %.6g pb%n",
                production.crossSectionPb(),
                production.errorPb(),
                b,
                f,
                chain.crossSectionPb(),
                chain.errorPb(),
                expected);
        assertEquals(expected, chain.crossSectionPb(), 5 * error + 2 * gz / mz * expected);
    }

    @Test
    void pairingInterferenceIsOfOrderWidthOverMass() {
        Requirements.validationProfile();
        // the share of σ(u u~ > z z, z > mu+ mu-, z > mu+ mu-) from the interference of the two
        // pairings, ⟨(|M|² − Σ_a |M_a|²)/|M|²⟩ over weighted events (their weights ∝ |M|²/density):
        // it vanishes in the narrow-width limit, where the pairings' resonant regions separate
        AmplitudeModel sm = AmplitudeModel.madgraphDefaults();
        String process = "u u~ > z z, z > mu+ mu-, z > mu+ mu-";
        Subprocess sp = ProcessSyntax.subprocesses(process, sm).get(0);
        MatrixElement all = new MatrixElement(sp, sm);
        List<MatrixElement> alone = new ArrayList<>();
        for (Subprocess v : ResonanceAssignments.variants(sp)) {
            alone.add(new MatrixElement(v, sm, false));
        }
        List<Event> events = new ArrayList<>();
        integrate(process, sm, "91.188", 2000)
                .generate(2000, false, events::add, ProgressListener.NONE);
        double sum = 0;
        double sum2 = 0;
        double weights = 0;
        for (Event e : events) {
            List<FourMomentum> p = new ArrayList<>();
            for (Particle q : e.particles()) {
                if (q.status() == -1 || q.status() == 1) {
                    p.add(q.momentum());
                }
            }
            FourMomentum[] momenta = p.toArray(FourMomentum[]::new);
            double m2 = all.squared(momenta);
            double parts = 0;
            for (MatrixElement me : alone) {
                parts += me.squared(momenta);
            }
            double share = (m2 - parts) / m2;
            sum += e.weight() * share;
            sum2 += e.weight() * share * share;
            weights += e.weight();
        }
        double interference = sum / weights;
        System.out.printf(
                "pairing interference share: %.5f (rms %.5f, %d weighted events)%n",
                interference, Math.sqrt(sum2 / weights), events.size());
        assertTrue(Math.abs(interference) < sm.width(23) / sm.mass(23), "share " + interference);
    }

    @Test
    void eventsWriteTheAssignmentTheirAmplitudeChose() {
        // helicities sampled and 2 + 1 iterations of 2 000 points: the records are checked, not σ
        TreeLevelProcess process =
                new TreeLevelProcess("u d~ > e+ n1, n1 > e+ d u~", LRSM, NO_CUTS, true);
        Collider c = new Collider(13000, PDF, ScaleChoice.parse("500"), LRSM.sm(), NO_CUTS);
        EventGenerator.Integrated g =
                new EventGenerator(process, c, new GeneratorSettings(5, 2, 2, 1, 2000, 50, 2000), 1)
                        .integrate(ProgressListener.NONE);
        List<Event> events = new ArrayList<>();
        g.generate(40, true, events::add, ProgressListener.NONE);
        int[] fromN = new int[2];
        for (Event e : events) {
            List<Particle> ps = e.particles();
            int n = -1;
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).status() == 2 && ps.get(i).pdgId() == 9900012) {
                    n = i;
                }
            }
            assertTrue(n >= 0, "N at status 2");
            FourMomentum sum = FourMomentum.ZERO;
            int daughters = 0;
            int positron = 0;
            for (int i = 0; i < ps.size(); i++) {
                Particle q = ps.get(i);
                if (q.status() != 1) {
                    continue;
                }
                if (q.pdgId() == -11) {
                    positron++;
                }
                if (q.mothers()[0] == n) {
                    sum = sum.plus(q.momentum());
                    daughters++;
                    if (q.pdgId() == -11) {
                        fromN[positron - 1]++;
                    }
                } else {
                    assertEquals(-11, q.pdgId(), "only an e+ comes from the production");
                }
            }
            assertEquals(3, daughters);
            FourMomentum p = ps.get(n).momentum();
            assertEquals(p.e(), sum.e(), 1e-9 * p.e());
            assertTrue(
                    Math.abs(p.mass() - 500) <= 15 * LRSM.width(9900012) + 1e-6,
                    "within bwcutoff: " + p.mass());
        }
        // which e+ the N makes is symmetric: each slot about half of the events (binomial, 40)
        assertTrue(fromN[0] >= 8 && fromN[1] >= 8, fromN[0] + " / " + fromN[1]);
    }

    @Test
    void chainHasAChannelPerAssignment() {
        Subprocess sp = ProcessSyntax.subprocesses("u u~ > z z, z > mu+ mu-, z > mu+ mu-").get(0);
        AmplitudeModel sm = AmplitudeModel.madgraphDefaults();
        List<PhaseSpaceChannel> channels =
                PhaseSpaceChannels.of(List.of(sp), sm, NO_CUTS, new double[4], 15);
        // each assignment with the Z pair maps (the same channel without pairs: the Z's products
        // are a pair already)
        assertEquals(ResonanceAssignments.of(sp).size(), channels.size());
    }
}
