package org.quarryhep.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.nn.NetworkTrainer;
import org.quarryhep.ml.table.FeatureTable;

/**
 * A model file written by format version 1 ({@code golden/mlp-v1.json}) loads and predicts the
 * values stored beside it ({@code golden/mlp-v1-predictions.json}). Regenerate both only with
 * {@link #main} when the format version changes.
 */
class ModelFilesGoldenTest {
    @TempDir Path dir;

    private static Path golden(String name) throws Exception {
        return Path.of(ModelFilesGoldenTest.class.getResource("/golden/" + name).toURI());
    }

    @Test
    void versionOneMlpLoadsAndPredictsTheStoredValues() throws Exception {
        JsonNode expected = ModelFiles.MAPPER.readTree(golden("mlp-v1-predictions.json").toFile());
        try (Model m = ModelFiles.load(golden("mlp-v1.json"))) {
            assertEquals("mlp", m.info().kind());
            assertEquals(List.of("a", "b"), m.info().features());
            assertEquals(-999, m.info().standardizer().missingValue(), 0);
            float[] p = m.predict(inputs());
            for (int i = 0; i < p.length; i++) {
                // Written by main() below with the same library versions; float32 arithmetic.
                assertClose(expected.get(i).asDouble(), p[i], 0, 1e-6, "row " + i);
            }
        }
    }

    @Test
    void aNewerVersionOrAMissingFieldIsRejectedWithItsPointer() throws Exception {
        ObjectNode root = (ObjectNode) ModelFiles.MAPPER.readTree(golden("mlp-v1.json").toFile());
        root.put("version", 2);
        Path f = dir.resolve("v2.json");
        ModelFiles.MAPPER.writeValue(f.toFile(), root);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFiles.load(f));
        assertEquals(f + ": /version: 2 is not supported (expected 1)", e.getMessage());
        root.put("version", 1);
        root.remove("weights");
        ModelFiles.MAPPER.writeValue(f.toFile(), root);
        e = assertThrows(ModelFormatException.class, () -> ModelFiles.load(f));
        assertEquals(f + ": /weights: missing or not a string", e.getMessage());
        root.put("weights", "AAAA");
        ModelFiles.MAPPER.writeValue(f.toFile(), root);
        e = assertThrows(ModelFormatException.class, () -> ModelFiles.load(f));
        assertTrue(
                e.getMessage().startsWith(f + ": /weights: network weights do not match"),
                e.getMessage());
    }

    @Test
    void theCommandInAModelsProvenanceIsReadBack() throws Exception {
        ObjectNode root = (ObjectNode) ModelFiles.MAPPER.readTree(golden("mlp-v1.json").toFile());
        // A model that `quarry train` made names its command line; written here by hand.
        ((ObjectNode) root.get("provenance")).putArray("command").add("train").add("job.yaml");
        Path f = dir.resolve("with-command.json");
        ModelFiles.MAPPER.writeValue(f.toFile(), root);
        try (Model m = ModelFiles.load(f)) {
            assertEquals(List.of("train", "job.yaml"), m.info().provenance().command());
        }
    }

    private static FeatureTable inputs() {
        return FeatureTable.of(
                List.of("a", "b"),
                new float[][] {{-2f, -0.5f, 0f, 1.5f, 3f, -999f}, {1f, 0f, -1f, 2f, -999f, 0.5f}},
                null,
                null,
                Map.of());
    }

    /**
     * Regenerates the golden files into {@code src/test/resources/golden} (run from the module
     * folder with the test classpath; not a test).
     *
     * @param args unused
     * @throws Exception when training or writing fails
     */
    public static void main(String[] args) throws Exception {
        int n = 400;
        float[][] x = new float[2][n];
        float[] y = new float[n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            x[0][i] = (float) (r.nextGaussian() + y[i]);
            x[1][i] = i % 10 == 0 ? -999f : (float) r.nextGaussian();
        }
        FeatureTable t = FeatureTable.of(List.of("a", "b"), x, y, null, Map.of());
        NetworkConfig c =
                NetworkConfig.builder()
                        .setLayers(List.of(new LayerSpec(4, true, Activation.LEAKY_RELU, 0.1, 0.2)))
                        .optEpochs(2)
                        .optBatchSize(32)
                        .optSeed(1)
                        .build();
        Path out = Path.of("src/test/resources/golden");
        try (NetworkModel m = NetworkTrainer.train(t, null, t.names(), c, -999, e -> {}).model()) {
            ModelFiles.save(m, out.resolve("mlp-v1.json"));
            Files.writeString(
                    out.resolve("mlp-v1-predictions.json"),
                    ModelFiles.MAPPER.writeValueAsString(m.predict(inputs())));
        }
    }
}
