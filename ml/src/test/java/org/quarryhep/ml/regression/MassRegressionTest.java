package org.quarryhep.ml.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.ml.nn.Activation;
import org.quarryhep.ml.nn.Architecture;
import org.quarryhep.ml.nn.LayerSpec;
import org.quarryhep.ml.nn.Monitor;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.table.FeatureTable;

/**
 * Mass regression on events whose reconstructed mass is M_col = m·u·(1 + η), with u ~ U(0.6, 1.4)
 * known through the feature v = 1/u and η ~ U(−a, a) unknown (a = 0.1), plus a pure-noise feature
 * z. The regression of R = m/M_col = v/(1 + η) on (v, z) is at best E[R | v] = c·v with c = E[1/(1
 * + η)] = ln((1 + a)/(1 − a))/(2a) = 1.003353 (Huber with δ = 1 is quadratic over the whole target
 * range, |R − c v| < 0.19, so the fit is the conditional mean). The estimate R̂ · M_col is then
 * c·m·(1 + η): at every test mass μ = c·m and σ_SD = c·m·a/√3.
 */
class MassRegressionTest {
    private static final double A = 0.1;
    private static final double C = Math.log((1 + A) / (1 - A)) / (2 * A);

    /**
     * n events; mass uniform in [200, 450] when {@code masses} is null, else cycling through it.
     */
    private static FeatureTable events(int n, double[] masses, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        float[] z = new float[n];
        float[] mcol = new float[n];
        float[] m = new float[n];
        for (int i = 0; i < n; i++) {
            m[i] =
                    (float)
                            (masses == null
                                    ? 200 + 250 * r.nextDouble()
                                    : masses[i % masses.length]);
            double u = 0.6 + 0.8 * r.nextDouble();
            double eta = A * (2 * r.nextDouble() - 1);
            v[i] = (float) (1 / u);
            z[i] = (float) r.nextGaussian();
            mcol[i] = (float) (m[i] * u * (1 + eta));
        }
        return FeatureTable.of(
                List.of("v", "z", "m_col"),
                new float[][] {v, z, mcol},
                new float[n],
                null,
                Map.of("mass", m));
    }

    private static NetworkConfig resnet(int epochs) {
        return NetworkConfig.builder()
                .setLayers(
                        List.of(
                                new LayerSpec(32, false, Activation.LEAKY_RELU, 0.1, 0),
                                new LayerSpec(16, false, Activation.LEAKY_RELU, 0.1, 0)))
                .optArchitecture(Architecture.RESNET)
                .optHuber(1.0)
                .optAdam(1e-2)
                .optBatchSize(1024)
                .optEpochs(epochs)
                .optReduceOnPlateau(2, 0.5, 1e-5)
                .optEarlyStopping(6, Monitor.VAL_LOSS)
                .optSeed(21)
                .build();
    }

    private static final double[] TEST_MASSES = {250, 325, 400};

    @Test
    void theRegressedMeanRecoversTheMassAndTheSpreadIsTheUnseenSmearing() {
        MassRegression reg =
                new MassRegression(
                        List.of("v", "z"),
                        "mass",
                        "m_col",
                        resnet(30),
                        2,
                        SelectionCriterion.resolutionPlusBias(50));
        int perMass = 4000;
        int nTrain = 20000;
        int nVal = 4000;
        FeatureTable test = events(3 * perMass, TEST_MASSES, 3);
        MassRegression.Result res =
                reg.train(events(nTrain, null, 1), events(nVal, null, 2), test, e -> {});
        try (var model = res.model()) {
            List<MassPoint> points = reg.evaluate(model, test);
            // The ideal estimate of event i is c·m·ξ_i with ξ = 1 + η = M_col·v/m, so this test
            // sample's own ideal mean and spread are c·mean(M_col·v) and c·sd(M_col·v) per mass
            // (the sample's fluctuation of η is thereby taken out). Over the population these
            // are c·m and c·m·a/√3.
            float[] mcol = test.column("m_col");
            float[] v = test.column("v");
            for (int k = 0; k < TEST_MASSES.length; k++) {
                double sum = 0;
                double sum2 = 0;
                for (int i = k; i < mcol.length; i += TEST_MASSES.length) {
                    double ideal = C * mcol[i] * v[i];
                    sum += ideal;
                    sum2 += ideal * ideal;
                }
                double mean = sum / perMass;
                double sd = Math.sqrt(sum2 / perMass - mean * mean);
                MassPoint p = points.get(k);
                assertEquals(TEST_MASSES[k], p.mass(), 0);
                assertEquals(perMass, p.rows());
                assertClose(C * p.mass(), mean, 0, 4 * sd / Math.sqrt(perMass), "sample's ideal μ");
                // What is left is the fit's error in the scale of R̂: its statistical error
                // (a/√3)/√n from the training sample, and that of the validation sample early
                // stopping picks the epoch on; 4 standard errors of their sum.
                double scale = A / Math.sqrt(3) * Math.sqrt(1.0 / nTrain + 1.0 / nVal);
                assertClose(mean, p.mean(), 4 * scale, 0, "μ at m = " + p.mass());
                // The spread is the unseen smearing's; the fit's error in the shape of R̂(v)
                // adds in quadrature: 3 % allowed.
                assertClose(sd, p.sd(), 0.03, 0, "σ_SD at m = " + p.mass());
            }
            // The chosen restart has the lowest S, and the model returned is that restart.
            MassRegression.Restart chosen = res.restarts().get(res.chosen());
            for (MassRegression.Restart r : res.restarts()) {
                assertTrue(chosen.score() <= r.score());
            }
            assertEquals(chosen.points(), points);
        }
    }

    @Test
    void theCriterionIsPluggable() {
        // "Largest σ_SD at the first mass wins" must pick the restart with the largest recorded
        // σ_SD, whatever S says.
        SelectionCriterion widest = p -> -p.get(0).sd();
        MassRegression reg =
                new MassRegression(List.of("v", "z"), "mass", "m_col", resnet(2), 3, widest);
        FeatureTable test = events(600, TEST_MASSES, 6);
        MassRegression.Result res = reg.train(events(2000, null, 4), null, test, e -> {});
        res.model().close();
        int widestRestart = 0;
        for (MassRegression.Restart r : res.restarts()) {
            if (r.points().get(0).sd() > res.restarts().get(widestRestart).points().get(0).sd()) {
                widestRestart = r.index();
            }
        }
        assertEquals(widestRestart, res.chosen());
        assertEquals(
                3, res.restarts().stream().map(MassRegression.Restart::seed).distinct().count());
    }

    @Test
    void aNonPositiveMcolOrAMassAsInputIsRefused() {
        MassRegression reg =
                new MassRegression(
                        List.of("v"),
                        "mass",
                        "m_col",
                        resnet(1),
                        1,
                        SelectionCriterion.resolutionPlusBias(50));
        FeatureTable bad = events(10, TEST_MASSES, 1);
        float[] mcol = bad.column("m_col");
        mcol[3] = 0;
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> reg.train(bad.withColumn("m_col", mcol), null, bad, x -> {}));
        assertTrue(e.getMessage().contains("row 3 has m_col = 0.0"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new MassRegression(
                                List.of("v", "mass"),
                                "mass",
                                "m_col",
                                resnet(1),
                                1,
                                SelectionCriterion.resolutionPlusBias(50)));
    }
}
