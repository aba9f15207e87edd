package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;

/**
 * MadGraph process strings: labels, subprocess lists counted by hand, orders, exclusions, errors.
 */
class ProcessSyntaxTest {

    private static List<String> texts(String process) {
        return ProcessSyntax.subprocesses(process).stream()
                .map(Subprocess::text)
                .collect(Collectors.toList());
    }

    @Test
    void drellYanFromProtonsListsTheEightQuarkPairs() {
        // p = g u c d s u~ c~ d~ s~: q q~ and q~ q for four flavours; g g has no tree diagram
        assertEquals(
                List.of(
                        "u u~ > e+ e-",
                        "c c~ > e+ e-",
                        "d d~ > e+ e-",
                        "s s~ > e+ e-",
                        "u~ u > e+ e-",
                        "c~ c > e+ e-",
                        "d~ d > e+ e-",
                        "s~ s > e+ e-"),
                texts("p p > e+ e-"));
    }

    @Test
    void topPairsFromProtonsAreGluonFusionPlusEightQuarkPairs() {
        List<String> t = texts("p p > t t~");
        assertEquals(9, t.size());
        assertEquals("g g > t t~", t.get(0));
    }

    @Test
    void dijetsCarryIdenticalParticleFactors() {
        Map<String, Double> factors =
                ProcessSyntax.subprocesses("p p > j j").stream()
                        .collect(Collectors.toMap(Subprocess::text, Subprocess::symmetryFactor));
        assertEquals(0.5, factors.get("g g > g g"));
        assertEquals(0.5, factors.get("u u~ > g g"));
        assertEquals(0.5, factors.get("u u > u u"));
        assertEquals(1.0, factors.get("u c > u c"));
        assertEquals(1.0, factors.get("u g > g u"));
        // final states are listed once, in the order of the first expansion (j = g first):
        // u g > u g is the same subprocess as u g > g u
        assertTrue(!factors.containsKey("u g > u g"));
        // flavour-changing pairs have no diagram without CKM mixing
        assertTrue(!factors.containsKey("u c~ > d s~"));
    }

    @Test
    void leptonLabelsExpandAndKeepLeptonFamilies() {
        // l+ = e+ mu+, vl = ve vm vt: only the family-conserving pairs survive
        assertEquals(List.of("u d~ > e+ ve", "u d~ > mu+ vm"), texts("u d~ > l+ vl"));
        assertEquals(List.of("u u~ > e+ e-", "u u~ > mu+ mu-"), texts("u u~ > l+ l-"));
    }

    @Test
    void photonOnlyDrellYanWithZExcluded() {
        // q q~ -> gamma* -> l+ l-: 2 e^4 Q^2 (t^2 + u^2)/s^2 averaged over 3 colours (Peskin and
        // Schroeder section 5.1 for e+e- -> mu+mu-, times Q_q^2 / 3)
        AmplitudeModel model = AmplitudeModel.madgraphDefaults();
        MatrixElement me =
                new MatrixElement(ProcessSyntax.subprocesses("u u~ > e+ e- / z").get(0), model);
        FourMomentum[] p = Points.split(FourMomentum.ofPxPyPzE(0, 0, 0, 200), 0, 0, 0.3, 1.0);
        FourMomentum[] all = {
            FourMomentum.ofPxPyPzE(0, 0, 100, 100),
            FourMomentum.ofPxPyPzE(0, 0, -100, 100),
            p[0],
            p[1]
        };
        double e4 = Math.pow(4 * Math.PI * model.sm().alpha(), 2);
        double s = 200 * 200;
        double t = all[0].minus(all[2]).m2();
        double u = all[0].minus(all[3]).m2();
        double expected = 2 * e4 * (4.0 / 9) * (t * t + u * u) / (s * s) / 3;
        assertEquals(expected, me.squared(all), 1e-12 * expected);
    }

    @Test
    void couplingOrderLimitsRemoveSubprocesses() {
        assertEquals(1, texts("d d~ > e+ e- g QCD=1").size());
        ProcessSyntaxException ex =
                assertThrows(
                        ProcessSyntaxException.class,
                        () -> ProcessSyntax.subprocesses("d d~ > e+ e- g QCD=0"));
        assertTrue(ex.getMessage().contains("no subprocess has a tree diagram"), ex.getMessage());
    }

    @Test
    void badStringsNameTheToken() {
        assertTrue(
                assertThrows(
                                ProcessSyntaxException.class,
                                () -> ProcessSyntax.subprocesses("p p > e+ e- zz"))
                        .getMessage()
                        .contains("'zz'"));
        assertTrue(
                assertThrows(
                                ProcessSyntaxException.class,
                                () -> ProcessSyntax.subprocesses("p p > t t~, (t > b e+ ve"))
                        .getMessage()
                        .contains("unclosed '('"));
        assertTrue(
                assertThrows(
                                ProcessSyntaxException.class,
                                () -> ProcessSyntax.subprocesses("p p > t t~, w+ > e+ ve"))
                        .getMessage()
                        .contains("no undecayed 'w+'"));
        assertTrue(
                assertThrows(
                                ProcessSyntaxException.class,
                                () -> ProcessSyntax.subprocesses("p p > e+ e- FOO=2"))
                        .getMessage()
                        .contains("FOO=2"));
        assertThrows(ProcessSyntaxException.class, () -> ProcessSyntax.subprocesses("p p e+ e-"));
    }
}
