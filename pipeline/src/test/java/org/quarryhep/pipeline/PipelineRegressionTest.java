package org.quarryhep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.pipeline.PipelineFixture.ran;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.config.ConfigException;
import org.quarryhep.testkit.ReferenceData;

/**
 * A mass-regression model entry: trained on a grid signal pool whose grid value reaches the feature
 * table as a parameter column, evaluated per true mass on a separate bench, its rows in
 * results.json's regression table, cached like a classifier.
 */
class PipelineRegressionTest {
    @TempDir Path dir;

    private static final String ANALYSIS =
            """
            version: 1
            name: regression-test
            collider: {luminosity_ifb: 1}
            samples:
              - {name: pool, role: signal, process: drell-yan, events: 300,
                 grid: {MZ: {from: 140, to: 180, points: 3}},
                 cuts: {mmll: 100, ptl: 20, etal: 2.5}, cross_section_pb: 0.1}
              - {name: bench-150, role: signal, process: drell-yan, events: 200,
                 params: {MZ: 150}, labels: {MZ: 150}, cuts: {mmll: 100, ptl: 20, etal: 2.5}}
              - {name: bench-170, role: signal, process: drell-yan, events: 200,
                 params: {MZ: 170}, labels: {MZ: 170}, cuts: {mmll: 100, ptl: 20, etal: 2.5}}
            objects:
              muons: {from: muons, ptMin: 25, absEtaMax: 2.4}
            selection:
              cuts:
                - {name: two muons, require: "n(muons) >= 2"}
            variables:
              mll: "m(muons[0], muons[1])"
              pt1: "pt(muons[0])"
              pt2: "pt(muons[1])"
            features:
              main: {columns: [pt1, pt2, mll], labels: [signal], parameters: [MZ]}
            models:
              - name: mreg
                features: main
                samples: [pool]
                regression: {mass: MZ, mcol: mll, evaluate: [bench-150, bench-170],
                             restarts: 2, key: all}
                training:
                  model: resnet
                  seed: 4
                  network: {layers: [8, 8], loss: huber, huber_delta: 0.1, epochs: 3,
                            batch_size: 64}
            """;

    private PipelineFixture pipeline;

    @BeforeEach
    void newFixture() {
        pipeline = new PipelineFixture(dir, ANALYSIS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegressionRowsCarryTheBenchMassesAndMcolMatchesAHandComputation() throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        RunResult first = pipeline.run(Map.of());
        List<Map<String, Object>> rows =
                (List<Map<String, Object>>) first.results().get("regression");
        assertEquals(2, rows.size(), String.valueOf(rows));
        Map<String, Object> samples = indexSamples(first);
        int i = 0;
        for (String bench : List.of("bench-150", "bench-170")) {
            Map<String, Object> row = rows.get(i++);
            double mass = bench.equals("bench-150") ? 150 : 170;
            assertEquals("all", row.get("category"));
            assertEquals(mass, ((Number) row.get("mass_gev")).doubleValue(), 0);
            // The hand computation: the weighted mean and population standard deviation of the
            // mll column over the bench's rows of its feature table (the features stage's file,
            // read here as text). Tolerance 1e-5 relative: the stage reads the column as float.
            String rel =
                    (String)
                            ((Map<String, Object>)
                                            ((Map<String, Object>) samples.get(bench))
                                                    .get("feature_tables"))
                                    .get("main");
            double[][] cols = columns(dir.resolve("out").resolve(rel), "mll", "weight", "MZ");
            double sw = 0;
            double s = 0;
            for (int k = 0; k < cols[0].length; k++) {
                assertEquals(mass, cols[2][k], 0, "the parameter column carries the label");
                sw += cols[1][k];
                s += cols[1][k] * cols[0][k];
            }
            double mean = s / sw;
            double v = 0;
            for (int k = 0; k < cols[0].length; k++) {
                v += cols[1][k] * (cols[0][k] - mean) * (cols[0][k] - mean);
            }
            double sd = Math.sqrt(v / sw);
            assertEquals(cols[0].length, ((Number) row.get("rows")).intValue());
            assertEquals(mean, num(row, "mcol_mean_gev"), 1e-5 * mean);
            assertEquals(sd, num(row, "mcol_sd_gev"), 1e-5 * sd);
            assertEquals(Math.abs(mean - mass), num(row, "mcol_error_gev"), 1e-5 * mean);
            assertEquals((mean - mass) / sd, num(row, "mcol_pull"), 1e-4);
            // The regressed mass is R̂·M_col with R̂ > 0: a positive, finite mean and spread.
            assertTrue(num(row, "dnn_mean_gev") > 0 && num(row, "dnn_sd_gev") >= 0, row.toString());
        }
        Map<String, Object> model =
                (Map<String, Object>)
                        ((Map<String, Object>) first.results().get("models")).get("mreg");
        assertEquals(2, ((List<?>) model.get("restarts")).size());
        // The held-out 20 % of the pool's rows (the default validation fraction) score the
        // restarts: rounded share of the pool's selected rows.
        int pool = ((Number) model.get("train_rows")).intValue();
        int held = ((Number) model.get("validation_rows")).intValue();
        assertEquals(Math.round((pool + held) * 0.2), held);

        assertEquals(List.of(), ran(pipeline.run(Map.of())), "a second run is all cached");
        RunResult moreRestarts = pipeline.run(Map.of("models.0.regression.restarts", "3"));
        assertEquals(List.of(Stage.TRAIN), ran(moreRestarts));
    }

    @Test
    void aMassColumnOutsideTheFeatureSetIsRefusedBeforeAnythingRuns() throws Exception {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> pipeline.load(Map.of("models.0.regression.mass", "MW")));
        assertTrue(e.getMessage().contains("/models/0/regression/mass"), e.getMessage());
        ConfigException loss =
                assertThrows(
                        ConfigException.class,
                        () ->
                                pipeline.load(
                                        Map.of(
                                                "models.0.training.network",
                                                "{layers: [8], loss: bce, epochs: 1}")));
        assertTrue(loss.getMessage().contains("regression loss"), loss.getMessage());
    }

    private static double num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indexSamples(RunResult r) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) r.results().get("samples")) {
            out.put((String) s.get("name"), s);
        }
        return out;
    }

    private static double[][] columns(Path gz, String... names) throws Exception {
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(gz)),
                                StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(r.readLine().split(","));
            List<String[]> lines = r.lines().map(l -> l.split(",")).toList();
            double[][] out = new double[names.length][lines.size()];
            for (int j = 0; j < names.length; j++) {
                int c = header.indexOf(names[j]);
                for (int k = 0; k < lines.size(); k++) {
                    out[j][k] = Double.parseDouble(lines.get(k)[c]);
                }
            }
            return out;
        }
    }
}
