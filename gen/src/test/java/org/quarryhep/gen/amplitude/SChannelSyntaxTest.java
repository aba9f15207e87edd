package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;

/**
 * MadGraph's s-channel syntax and decay chains (issue 19).
 *
 * <ul>
 *   <li>{@code > z >} keeps the diagrams with an s-channel Z. Where the only other diagrams are
 *       photon exchanges, that is the same diagram set as {@code / a}, built by the other mechanism
 *       (the photon removed from every propagator): Σ̄|M|² agree to 1e-10 at random points.
 *   <li>{@code $ z}: the final-state subsets an s-channel Z can make, counted by hand.
 *   <li>Decay chains: subprocess lists counted by hand, resonance slots, and the diagram selection
 *       checked against the subprocess without decays, whose amplitude is the sum of the resonant
 *       (t t̄ production × decays) and the non-resonant diagrams.
 * </ul>
 */
class SChannelSyntaxTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    private static MatrixElement me(String process) {
        List<Subprocess> subs = ProcessSyntax.subprocesses(process, MODEL);
        assertEquals(1, subs.size(), process);
        return new MatrixElement(subs.get(0), MODEL);
    }

    private static void assertSameMatrixElement(String a, String b, double[] masses) {
        MatrixElement ma = me(a);
        MatrixElement mb = me(b);
        SplittableRandom rng = new SplittableRandom(19);
        for (int k = 0; k < 5; k++) {
            FourMomentum[] p = Points.generate(500, 0, 0, masses, rng);
            double x = ma.squared(p);
            assertEquals(mb.squared(p), x, 1e-10 * Math.abs(x), a + " vs " + b);
        }
    }

    @Test
    void sChannelZIsTheDiagramSetWithoutPhotons() {
        assertSameMatrixElement("d d~ > z > e- e+", "d d~ > e- e+ / a", new double[2]);
        assertSameMatrixElement("u u~ > z > e+ e- g", "u u~ > e+ e- g / a", new double[3]);
    }

    @Test
    void sChannelRequirementKeepsEverySubprocessWithAZ() {
        // p p > e+ e- j: q q~ and q~ q (8) and q g, q~ g, g q, g q~ (16) — each has a Z diagram
        assertEquals(24, ProcessSyntax.subprocesses("p p > e+ e- j", MODEL).size());
        assertEquals(24, ProcessSyntax.subprocesses("p p > z > e+ e- j", MODEL).size());
        // g g > e+ e- has no tree diagram at all, u u~ > g g none with a Z
        assertEquals(8, ProcessSyntax.subprocesses("p p > z > e+ e-", MODEL).size());
    }

    @Test
    void onShellExclusionFindsTheSubsetsAZCanMake() {
        // u u~ > e+ e- g: only the lepton pair (slots 0, 1) can come from an s-channel Z
        assertEquals(List.of(0b011), me("u u~ > e+ e- g $ z").sChannelSubsets(23));
        // u u~ > u u~ e+ e-: the lepton pair (slots 2, 3), the quark pair (0, 1) and the
        // quark pair with the leptons (all four)
        List<Integer> subsets = me("u u~ > u u~ e+ e- QCD=0 $ z").sChannelSubsets(23);
        assertEquals(List.of(0b0011, 0b1100, 0b1111), subsets.stream().sorted().toList());
    }

    @Test
    void decayChainsListTheirSubprocessesWithTheResonances() {
        List<Subprocess> subs =
                ProcessSyntax.subprocesses("p p > t t~, (t > b l+ vl), (t~ > b~ j j)", MODEL);
        // production: g g, u u~, c c~, d d~, s s~ and reversed (9); t > b e+ ve, b mu+ vm (2);
        // t~ > b~ d u~, b~ s c~ (2)
        assertEquals(9 * 2 * 2, subs.size());
        Subprocess first = subs.get(0);
        assertEquals(
                List.of(new Resonance(6, 0b000111, -1), new Resonance(-6, 0b111000, -1)),
                first.resonances());
        assertEquals("g g > t t~, t > b e+ ve, t~ > b~ d u~", first.text());
        List<Subprocess> nested =
                ProcessSyntax.subprocesses("u u~ > t t~, (t > b w+, w+ > e+ ve), t~ > b~ e- ve~");
        assertEquals(1, nested.size());
        assertEquals(
                List.of(
                        new Resonance(6, 0b000111, -1),
                        new Resonance(24, 0b000110, 0),
                        new Resonance(-6, 0b111000, -1)),
                nested.get(0).resonances());
    }

    @Test
    void decayChainAmplitudeIsTheResonantPartOfTheFullOne() {
        // u u~ > b e+ ve b~ e- ve~ at QED=4: every diagram has the two W's; with the tops'
        // widths set to a tiny value and the b e+ ve and b~ e- ve~ masses on the top mass, the
        // doubly resonant diagrams dominate the full amplitude by (m_t/Γ_t)² — the chain's
        // |M|² equals the full one to 1e-6 there
        AmplitudeModel narrow = MODEL.with("WT", 1.4915e-6);
        Subprocess chain =
                ProcessSyntax.subprocesses("u u~ > t t~ QED=4, t > b e+ ve, t~ > b~ e- ve~", narrow)
                        .get(0);
        Subprocess full =
                ProcessSyntax.subprocesses("u u~ > b e+ ve b~ e- ve~ QED=4 QCD=2", narrow).get(0);
        MatrixElement mc = new MatrixElement(chain, narrow);
        MatrixElement mf = new MatrixElement(full, narrow);
        SplittableRandom rng = new SplittableRandom(5);
        for (int k = 0; k < 3; k++) {
            FourMomentum[] top = Points.generate(800, 0, 0, new double[] {173, 173}, rng);
            FourMomentum[] t = Points.split(top[2], 4.7, 80, rng);
            FourMomentum[] w = Points.split(t[1], 0, 0, rng);
            FourMomentum[] tb = Points.split(top[3], 4.7, 80, rng);
            FourMomentum[] wb = Points.split(tb[1], 0, 0, rng);
            FourMomentum[] p = {top[0], top[1], t[0], w[0], w[1], tb[0], wb[0], wb[1]};
            double x = mf.squared(p);
            assertEquals(x, mc.squared(p), 1e-6 * x);
        }
    }
}
