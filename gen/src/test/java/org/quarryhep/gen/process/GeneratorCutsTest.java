package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;

/**
 * Each MadGraph run-card cut on a hand-built final state: mu- (pT 30, eta 0), mu+ (pT 20, eta 2), u
 * quark (pT 40, eta -1), b (pT 25, eta 3) and a neutrino (pT 15). Hand values: m(mu mu) = sqrt(2
 * pT1 pT2 (cosh 2 - cos 1)) = 62.18 GeV, Delta R(mu, mu) = sqrt(4 + 1) = 2.236, missing pT 15 GeV.
 */
class GeneratorCutsTest {
    private static final List<Integer> IDS = List.of(13, -13, 2, 5, 14);
    private static final List<FourMomentum> PS =
            List.of(
                    FourMomentum.ofPtEtaPhiM(30, 0, 0, 0),
                    FourMomentum.ofPtEtaPhiM(20, 2, 1, 0),
                    FourMomentum.ofPtEtaPhiM(40, -1, 2.5, 0),
                    FourMomentum.ofPtEtaPhiM(25, 3, -2, 4.7),
                    FourMomentum.ofPtEtaPhiM(15, 0.5, -1, 0));

    @ParameterizedTest
    @CsvSource({
        "ptl, 19, true", "ptl, 21, false", "etal, 2.1, true", "etal, 1.9, false",
        "drll, 2.2, true", "drll, 2.3, false", "mmll, 62.1, true", "mmll, 62.3, false",
        "mmllmax, 62.3, true", "mmllmax, 62.1, false", "ptj, 39, true", "ptj, 41, false",
        "etaj, 1.1, true", "etaj, 0.9, false", "ptb, 24, true", "ptb, 26, false",
        "etab, 3.1, true", "etab, 2.9, false", "misset, 14, true", "misset, 16, false",
        "ptlmax, 31, true", "ptlmax, 29, false", "ptl, -1, true"
    })
    void eachCutActsAtItsThreshold(String name, double value, boolean passes) {
        assertEquals(
                passes, new GeneratorCuts(Map.of(name, value)).pass(IDS, PS), name + "=" + value);
    }
}
