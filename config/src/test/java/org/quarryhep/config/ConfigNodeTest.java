package org.quarryhep.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigNodeTest {
    private static final String TRAINING =
            """
            train: t.csv
            label: y
            wieght: Weight
            network:
              layers: [64, 32]
              learning_rate: 1e-3
            """;

    @Test
    void unknownKeyNamesFileLinePathAllowedKeysAndTheNearestOne() {
        ConfigNode root = ConfigNode.parse(TRAINING, "train.yaml");
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> root.allowOnly("train", "label", "weight", "network"));
        assertEquals(
                "train.yaml:3: /wieght: unknown key 'wieght' (allowed: train, label, weight,"
                        + " network); did you mean 'weight'?",
                e.getMessage());
        assertEquals(3, e.line());
        assertEquals("/wieght", e.path());
    }

    @Test
    void nestedUnknownKeyCarriesItsPathAndLine() {
        String text = TRAINING.replace("learning_rate", "learnig_rate");
        ConfigNode network = ConfigNode.parse(text, "t.yaml").get("network");
        ConfigException e =
                assertThrows(
                        ConfigException.class, () -> network.allowOnly("layers", "learning_rate"));
        assertTrue(e.getMessage().startsWith("t.yaml:6: /network/learnig_rate: unknown key"));
        assertTrue(e.getMessage().endsWith("did you mean 'learning_rate'?"), e.getMessage());
    }

    @Test
    void farOffKeysGetNoSuggestion() {
        ConfigNode root = ConfigNode.parse("colour: red\n", "c.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> root.allowOnly("events"));
        assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
    }

    @Test
    void missingRequiredKeyListsWhatIsPresent() {
        ConfigNode root = ConfigNode.parse("a: 1\nb: 2\n", "m.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> root.get("events"));
        assertEquals("m.yaml:1: missing required key 'events' (present: a, b)", e.getMessage());
        assertTrue(root.opt("events").isEmpty());
    }

    @Test
    void explicitNullCountsAsAbsent() {
        ConfigNode root = ConfigNode.parse("cut:\nevents: ~\n", "n.yaml");
        assertTrue(root.opt("cut").isEmpty());
        assertFalse(root.has("events"));
    }

    @Test
    void numbersAcceptScientificNotationAndRejectNotANumber() {
        ConfigNode root =
                ConfigNode.parse("lr: 1e-3\nevents: 1e6\nmu: .nan\nn: 1.5\nw: abc\n", "x.yaml");
        assertEquals(1e-3, root.get("lr").asDouble());
        assertEquals(1_000_000L, root.get("events").asLong());
        assertEquals(1_000_000, root.get("events").asInt());
        assertEquals(
                "x.yaml:3: /mu: must be a number, got 'not a number' (.nan)",
                assertThrows(ConfigException.class, () -> root.get("mu").asDouble()).getMessage());
        assertEquals(
                "x.yaml:4: /n: must be an integer, got 1.5",
                assertThrows(ConfigException.class, () -> root.get("n").asInt()).getMessage());
        assertEquals(
                "x.yaml:5: /w: must be a number, got 'abc'",
                assertThrows(ConfigException.class, () -> root.get("w").asDouble()).getMessage());
    }

    @Test
    void intRangeIsChecked() {
        ConfigNode n = ConfigNode.parse("events: 3000000000\n", "r.yaml").get("events");
        assertEquals(3_000_000_000L, n.asLong());
        assertThrows(ConfigException.class, n::asInt);
    }

    @Test
    void wrongShapesNameWhatWasFound() {
        ConfigNode root = ConfigNode.parse("layers: [1, 2]\nname: x\nflag: maybe\n", "s.yaml");
        assertEquals(
                "s.yaml:1: /layers: must be a string, got a list",
                assertThrows(ConfigException.class, () -> root.get("layers").asString())
                        .getMessage());
        assertEquals(
                "s.yaml:2: /name: must be a list, got 'x'",
                assertThrows(ConfigException.class, () -> root.get("name").asList()).getMessage());
        assertThrows(ConfigException.class, () -> root.get("flag").asBoolean());
        assertEquals(
                List.of(1, 2),
                root.get("layers").asList().stream().map(ConfigNode::asInt).toList());
        assertEquals("/layers/1", root.get("layers").asList().get(1).path());
    }

    @Test
    void choicesSuggestTheNearestWord() {
        ConfigNode n = ConfigNode.parse("model: mpl\n", "c.yaml").get("model");
        assertEquals(
                "c.yaml:1: /model: must be one of mlp, bdt, got 'mpl'; did you mean 'mlp'?",
                assertThrows(ConfigException.class, () -> n.asChoice("mlp", "bdt")).getMessage());
    }

    @Test
    void duplicateKeysAndSyntaxErrorsNameTheLine() {
        ConfigException dup =
                assertThrows(
                        ConfigException.class,
                        () -> ConfigNode.parse("a: 1\nb: 2\na: 3\n", "d.yaml"));
        assertEquals("d.yaml:3: /a: duplicate key 'a'", dup.getMessage());
        ConfigException syntax =
                assertThrows(
                        ConfigException.class,
                        () -> ConfigNode.parse("a: 1\nb: [1, 2\nc: 3\n", "y.yaml"));
        assertTrue(syntax.getMessage().startsWith("y.yaml:"), syntax.getMessage());
        assertTrue(syntax.line() >= 2, "line " + syntax.line());
    }

    @Test
    void missingFileIsAConfigError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nope.yaml");
        assertEquals(
                file + ": no such file",
                assertThrows(ConfigException.class, () -> ConfigNode.load(file)).getMessage());
        Files.writeString(file, "events: 10\n");
        assertEquals(10, ConfigNode.load(file).get("events").asInt());
    }

    @Test
    void overridesReplaceAddAndIndexAndNameTheirSource() {
        ConfigNode root =
                ConfigNode.parse("samples:\n  - name: dy\n    events: 1000\nchain: {}\n", "a.yaml");
        ConfigNode changed =
                root.withOverride("samples.0.events", "20")
                        .withOverride("chain.shower", "false")
                        .withOverride("seed", "7");
        assertEquals(20, changed.get("samples").asList().get(0).get("events").asInt());
        assertFalse(changed.get("chain").get("shower").asBoolean());
        assertEquals(7, changed.get("seed").asInt());
        assertEquals(1000, root.get("samples").asList().get(0).get("events").asInt());
        assertEquals("a.yaml", changed.get("samples").asList().get(0).get("name").source());
        ConfigNode bad = root.withOverride("samples.0.events", "many");
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> bad.get("samples").asList().get(0).get("events").asInt());
        assertTrue(
                e.getMessage().startsWith("--set samples.0.events=many:1: /samples/0/events:"),
                e.getMessage());
        assertThrows(ConfigException.class, () -> root.withOverride("samples.3.events", "1"));
        assertThrows(ConfigException.class, () -> root.withOverride("samples.0.name.x", "1"));
    }

    @Test
    void aMappingAddedByAnOverrideNamesTheOverrideAsItsSource() {
        // An error inside a mapping that only --set created must point at the --set, not at the
        // file, which has no such mapping; the file's own nodes keep the file as their source.
        ConfigNode root = ConfigNode.parse("chain: {}\n", "a.yaml");
        ConfigNode changed = root.withOverride("chain.pileup.mu", "40");
        assertEquals("--set chain.pileup.mu=40", changed.get("chain").get("pileup").source());
        assertEquals(
                "--set chain.pileup.mu=40", changed.get("chain").get("pileup").get("mu").source());
        assertEquals("a.yaml", changed.get("chain").source());
    }

    @Test
    void canonicalTextIgnoresKeyOrderAndNumberSpelling() {
        String a = ConfigNode.parse("b: 1000\na: [x, 2.50]\n", "a").canonical();
        String b = ConfigNode.parse("a: ['x', 2.5]\nb: 1e3\n", "b").canonical();
        assertEquals("{\"a\":[\"x\",2.5],\"b\":1000}", a);
        assertEquals(a, b);
        assertNotEquals(a, ConfigNode.parse("a: [x, 2.5]\nb: 1001\n", "c").canonical());
    }

    @Test
    void editDistanceMatchesTheTextbookExamples() {
        // Levenshtein's classic pairs: kitten/sitting 3, flaw/lawn 2, identical 0, empty vs n.
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(2, Suggestions.distance("flaw", "lawn"));
        assertEquals(0, Suggestions.distance("weight", "weight"));
        assertEquals(5, Suggestions.distance("", "trees"));
    }
}
