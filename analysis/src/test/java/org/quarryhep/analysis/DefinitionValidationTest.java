package org.quarryhep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.config.ConfigException;

/** Bad analysis files stop at reading, with the file, line, JSON pointer and what was expected. */
class DefinitionValidationTest {
    private static final String OBJECTS =
            """
            objects:
              muons: {from: muons, ptMin: 20}
              jets: {from: jets, ptMin: 30}
            """;

    private static ConfigException error(String yaml) {
        return assertThrows(ConfigException.class, () -> AnalysisDefinition.parse(yaml, "a.yaml"));
    }

    private static void assertMessage(ConfigException e, String... parts) {
        for (String p : parts) {
            assertTrue(
                    e.getMessage().contains(p),
                    "message '" + e.getMessage() + "' lacks '" + p + "'");
        }
    }

    @Test
    void unknownVariableInAHistogram() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  mll: "m(muons[0], muons[1])"
                                histograms:
                                  h: {variable: mjj, bins: {count: 2, low: 0, high: 1}}
                                """);
        assertMessage(e, "a.yaml:8", "/histograms/h/variable", "unknown variable 'mjj'", "[mll]");
    }

    @Test
    void unknownCollectionInACut() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection:
                                  cuts:
                                    - {name: two electrons, require: "n(electrons) == 2"}
                                """);
        assertMessage(
                e,
                "a.yaml:6",
                "/selection/cuts/0/require",
                "column 3",
                "unknown name 'electrons'",
                "[muons, jets]");
    }

    @Test
    void cutOnAVariableThatDoesNotExistInItsCategory() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection:
                                  categories:
                                    - {name: 0jet, require: "n(jets) == 0"}
                                    - name: 1jet
                                      require: "n(jets) == 1"
                                      cuts: [{name: jet pt, require: "ptj > 40"}]
                                    - name: 2jet
                                      require: "n(jets) >= 2"
                                      cuts: [{name: mjj, require: "mjj > 500"}]
                                variables:
                                  ptj: {expr: "pt(jets[0])", categories: [1jet, 2jet]}
                                  mjj: {expr: "m(jets[0], jets[1])", categories: [1jet]}
                                """);
        assertMessage(
                e,
                "a.yaml:12",
                "/selection/categories/2/cuts/0/require",
                "cut 'mjj' reads variable 'mjj', which exists only in categories [1jet], not in '2jet'");
    }

    @Test
    void restrictionsPropagateThroughVariables() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection:
                                  categories:
                                    - {name: a, require: "n(jets) == 0"}
                                    - {name: b, require: "n(jets) > 0"}
                                variables:
                                  ptj: {expr: "pt(jets[0])", categories: [b]}
                                  twice: "2 * ptj"
                                histograms:
                                  h: {variable: twice, edges: [0, 1, 2]}
                                """);
        assertMessage(e, "/histograms/h/variable", "'twice' in category 'a'", "exists only in [b]");
    }

    @Test
    void unknownKeyInAnObjectWithSuggestion() {
        ConfigException e =
                error(
                        """
                        objects:
                          jets: {from: jets, ptMinn: 30}
                        selection: {}
                        """);
        assertMessage(e, "a.yaml:2", "/objects/jets", "ptMinn", "ptMin");
    }

    @Test
    void isolationIsNotAJetCut() {
        ConfigException e =
                error(
                        """
                        objects:
                          jets: {from: jets, isolationMax: 0.1}
                        selection: {}
                        """);
        assertMessage(e, "/objects/jets", "isolationMax");
    }

    @Test
    void variableCycle() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  a: "b + 1"
                                  b: "2 * a"
                                """);
        assertMessage(e, "cycle", "a -> b -> a");
    }

    @Test
    void wrongArgumentKinds() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  x: "m(muons, jets[0])"
                                """);
        assertMessage(
                e,
                "/variables/x",
                "m(…) needs an object such as muons[0]",
                "not a whole collection");
        e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  x: "eta(met)"
                                """);
        assertMessage(e, "eta(…) is not defined for met");
        e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  x: "mt3(muons[0], met)"
                                """);
        assertMessage(e, "unknown function 'mt3'", "mt2");
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  x: "pt(muons[0]) +"
                                """);
        assertMessage(e, "a.yaml:6", "column 15", "expression ended");
        e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  x: "1 < pt(muons[0]) < 5"
                                """);
        assertMessage(e, "comparisons do not chain");
    }

    @Test
    void scoreOfAnUnknownFeatureSet() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  s: {score: dnn, features: main}
                                """);
        assertMessage(e, "/variables/s/features", "no feature set 'main'");
    }

    @Test
    void overlapRemovalOnAMergeIsRefused() {
        ConfigException e =
                error(
                        """
                        objects:
                          e: {from: electrons}
                          mu: {from: muons}
                          jets: {from: jets}
                          leptons: {merge: [e, mu]}
                          overlapRemoval:
                            - {remove: jets, near: [leptons], deltaR: 0.4}
                        selection: {}
                        """);
        assertMessage(
                e, "a.yaml:7", "/objects/overlapRemoval/0/near/0", "not on the merge 'leptons'");
    }

    @Test
    void binningMustIncrease() {
        ConfigException e =
                error(
                        OBJECTS
                                + """
                                selection: {}
                                variables: {x: "pt(muons[0])"}
                                histograms:
                                  h: {variable: x, edges: [0, 10, 10, 20]}
                                """);
        assertMessage(e, "/histograms/h/edges/2", "increase strictly");
    }

    @Test
    void missingSampleParameterIsReportedAtSelection() {
        AnalysisDefinition d =
                AnalysisDefinition.parse(
                        OBJECTS
                                + """
                                selection: {}
                                variables:
                                  mH: {parameter: mass}
                                """,
                        "a.yaml");
        assertEquals(java.util.List.of("mass"), d.parameterNames());
        var e =
                assertThrows(
                        org.quarryhep.core.QuarryException.class,
                        () -> d.newSelection(Map.of("width", 1.0), ScoreProvider.none()));
        assertTrue(e.getMessage().contains("'mass'"), e.getMessage());
    }
}
