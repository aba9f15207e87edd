package org.quarryhep.jets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JetDefinition} and {@link JetAlgorithm}: descriptions, parsing and validation. */
class JetDefinitionTest {

    @Test
    void descriptionIsWordedAsFastJetWordsIt() {
        // FastJet 3.4 JetDefinition::description() for antikt_algorithm, R = 0.4, E_scheme (also
        // compared against the installed FastJet in FastJetReferenceTest).
        assertEquals(
                "Longitudinally invariant anti-kt algorithm with R = 0.4 and E scheme recombination",
                JetDefinition.antiKt(0.4).description());
        assertEquals(
                "Longitudinally invariant kt algorithm with R = 1 and E scheme recombination",
                JetDefinition.of(JetAlgorithm.KT, 1.0).description());
        assertEquals(
                "Longitudinally invariant Cambridge/Aachen algorithm with R = 0.7 and E scheme"
                        + " recombination",
                JetDefinition.of(JetAlgorithm.CAMBRIDGE_AACHEN, 0.7).description());
        // FastJet writes R through an ostream: six significant digits.
        assertEquals(
                "Longitudinally invariant anti-kt algorithm with R = 0.123457 and E scheme"
                        + " recombination",
                JetDefinition.antiKt(0.123456789).description());
    }

    @Test
    void algorithmExponentsAreThoseOfTheGeneralisedKtFamily() {
        // arXiv:0802.1189 eq. 1: p = 1 (kt), 0 (C/A), −1 (anti-kt).
        assertEquals(1, JetAlgorithm.KT.p());
        assertEquals(0, JetAlgorithm.CAMBRIDGE_AACHEN.p());
        assertEquals(-1, JetAlgorithm.ANTI_KT.p());
    }

    @Test
    void namesParseCaseInsensitively() {
        assertEquals(JetAlgorithm.ANTI_KT, JetAlgorithm.fromName("Anti-kt"));
        assertEquals(JetAlgorithm.ANTI_KT, JetAlgorithm.fromName("ANTI_KT"));
        assertEquals(JetAlgorithm.CAMBRIDGE_AACHEN, JetAlgorithm.fromName("cambridge"));
        assertEquals(JetAlgorithm.CAMBRIDGE_AACHEN, JetAlgorithm.fromName("ca"));
        assertEquals(JetAlgorithm.KT, JetAlgorithm.fromName(" kt "));
        for (JetAlgorithm a : JetAlgorithm.values()) {
            assertEquals(a, JetAlgorithm.fromName(a.shortName()));
        }
        JetDefinitionException e =
                assertThrows(JetDefinitionException.class, () -> JetAlgorithm.fromName("siscone"));
        assertEquals(
                "algorithm: unknown jet algorithm 'siscone'; expected one of anti-kt, kt, cambridge",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.4, 1000.5, Double.NaN, Double.POSITIVE_INFINITY})
    void badRadiusIsRejectedNamingTheField(double r) {
        JetDefinitionException e =
                assertThrows(JetDefinitionException.class, () -> JetDefinition.antiKt(r));
        assertTrue(e.getMessage().startsWith("radius: R = " + r + " is invalid"), e.getMessage());
    }

    @Test
    void nullFieldsAreRejected() {
        assertThrows(
                JetDefinitionException.class,
                () -> new JetDefinition(null, 0.4, RecombinationScheme.E_SCHEME));
        assertThrows(
                JetDefinitionException.class, () -> new JetDefinition(JetAlgorithm.KT, 0.4, null));
    }

    @Test
    void definitionsAreValues() {
        assertEquals(JetDefinition.antiKt(0.4), JetDefinition.of(JetAlgorithm.ANTI_KT, 0.4));
        assertEquals(0.4, JetDefinition.antiKt(0.4).radius());
        assertEquals(RecombinationScheme.E_SCHEME, JetDefinition.antiKt(0.4).scheme());
    }
}
