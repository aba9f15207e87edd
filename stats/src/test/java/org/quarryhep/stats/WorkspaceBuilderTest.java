package org.quarryhep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.HypoTestResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.model.Model;
import org.quarryhep.stats.modifier.InterpolationSettings;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/** Models made in code equal the pyhf JSON they describe and reproduce its reference CLs. */
class WorkspaceBuilderTest {
    @Test
    void builtModelEqualsTheSharedWorkspaceAndReproducesItsCls(@TempDir Path tmp)
            throws IOException {
        // pyhf's simplemodels.uncorrelated_background(signal=[12,11], bkg=[50,52],
        // bkg_uncertainty=[3,7]),
        // data [51, 48] (expected_results.json readme_examples: CLs_obs 0.05251497 at mu = 1,
        // qtilde).
        Workspace built =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .optMeasurementName("validation")
                        .setObservation("singlechannel", new double[] {51, 48})
                        .addSample("singlechannel", "signal", new double[] {12, 11})
                        .optNormFactor("mu")
                        .addSample("singlechannel", "background", new double[] {50, 52})
                        .optShapeSys("uncorr_bkguncrt", new double[] {3, 7})
                        .build();
        Workspace shared =
                WorkspaceReader.read(
                        ReferenceData.require("pyhf/workspaces/uncorrelated_background_2bin.json"));
        assertEquals(WorkspaceWriter.toJson(shared), WorkspaceWriter.toJson(built));
        Path out = tmp.resolve("built.json");
        WorkspaceWriter.write(built, out);
        Model m =
                Model.compile(
                        WorkspaceReader.read(out), null, InterpolationSettings.pyhfDefaults());
        HypoTestResult r =
                new AsymptoticCalculator(Fitter.of(m), TestStatistic.QTILDE)
                        .hypotest(1.0, m.observedData());
        Tolerance.assertRelative(0.05251497, r.clsObserved(), 1e-4, "CLs_obs");
    }

    @Test
    void systematicsTableAddsOneNormsysPerCell() {
        Map<String, Map<String, double[]>> table = new LinkedHashMap<>();
        table.put(
                "jes",
                Map.of("ttbar", new double[] {1.05, 0.96}, "wjets", new double[] {1.08, 0.93}));
        table.put("lumi_like", Map.of("ttbar", new double[] {1.02, 0.98}));
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {20})
                        .addSample("SR", "signal", new double[] {4})
                        .optNormFactor("mu")
                        .addSample("SR", "ttbar", new double[] {10})
                        .addSample("SR", "wjets", new double[] {6})
                        .optNormSysTable("SR", table)
                        .build();
        JsonNode json = WorkspaceWriter.toJson(ws);
        JsonNode ttbar = json.get("channels").get(0).get("samples").get(1);
        assertEquals(2, ttbar.get("modifiers").size());
        assertEquals(1.05, ttbar.get("modifiers").get(0).get("data").get("hi").asDouble());
        Model m = Model.compile(ws);
        assertEquals(java.util.List.of("jes", "lumi_like", "mu"), m.parameterNames());
        double[] p = m.inits();
        p[0] = 1; // jes at +1σ: ttbar ×1.05, wjets ×1.08 (code 4 hits the template at α = 1)
        Tolerance.assertRelative(
                4 + 10 * 1.05 + 6 * 1.08, m.expectedMain(p)[0], 1e-14, "yield at +1 sigma");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new WorkspaceBuilder()
                                        .setPoi("mu")
                                        .setObservation("SR", new double[] {1})
                                        .addSample("SR", "s", new double[] {1})
                                        .optNormSysTable(
                                                "SR",
                                                Map.of(
                                                        "x",
                                                        Map.of("zz", new double[] {1.1, 0.9}))));
        assertTrue(e.getMessage().contains("'zz'"), e.getMessage());
    }

    @Test
    void invalidBuiltModelIsRejectedWithAPointer() {
        InvalidSpecificationException e =
                assertThrows(
                        InvalidSpecificationException.class,
                        () ->
                                new WorkspaceBuilder()
                                        .setPoi("mu")
                                        .setObservation("SR", new double[] {1, 2})
                                        .addSample("SR", "s", new double[] {1, 2})
                                        .optNormFactor("mu")
                                        .addSample("SR", "b", new double[] {1})
                                        .build());
        assertEquals("/channels/0/samples/1/data", e.pointer());
    }
}
