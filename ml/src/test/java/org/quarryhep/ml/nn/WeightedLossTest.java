package org.quarryhep.ml.nn;

import static org.quarryhep.testkit.Tolerance.assertClose;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class WeightedLossTest {
    private static double eval(LossKind kind, double delta, float[] f, float[] y, float[] w) {
        try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
            Shape s = new Shape(f.length, 1);
            return new WeightedLoss(kind, delta)
                    .evaluate(
                            new NDList(m.create(y, s), m.create(w, s)), new NDList(m.create(f, s)))
                    .getFloat();
        }
    }

    @Test
    void bceOnLogitsMatchesTheDefinition() {
        // z = 0 → ln 2 for either label; z = 3, y = 1 → ln(1 + e^−3); z = 3, y = 0 → ln(1 + e^3).
        double expected =
                (1 * Math.log(2) + 2 * Math.log1p(Math.exp(-3)) + 1 * Math.log1p(Math.exp(3))) / 4;
        double got =
                eval(
                        LossKind.BCE,
                        0,
                        new float[] {0, 3, 3},
                        new float[] {1, 1, 0},
                        new float[] {1, 2, 1});
        assertClose(expected, got, 1e-6, 0, "weighted BCE");
        // A logit of 100 must not overflow: ln(1 + e^−100) ≈ 0 and ln(1 + e^100) ≈ 100.
        double far =
                eval(
                        LossKind.BCE,
                        0,
                        new float[] {100, 100},
                        new float[] {1, 0},
                        new float[] {1, 1});
        assertClose(50, far, 1e-6, 0, "stable BCE");
    }

    @Test
    void huberIsQuadraticInsideDeltaAndLinearOutside() {
        // δ = 1: d = 0.5 → ½·0.25 = 0.125; d = −3 → 1·(3 − 0.5) = 2.5. Mean = 1.3125.
        double got =
                eval(
                        LossKind.HUBER,
                        1,
                        new float[] {0.5f, -3},
                        new float[] {0, 0},
                        new float[] {1, 1});
        assertClose(1.3125, got, 1e-6, 0, "Huber");
        // δ = 0.1 (the LFV regressor): d = 0.05 → 0.00125; d = 1 → 0.1·(1 − 0.05) = 0.095.
        double small =
                eval(
                        LossKind.HUBER,
                        0.1,
                        new float[] {0.05f, 1},
                        new float[] {0, 0},
                        new float[] {1, 1});
        assertClose((0.00125 + 0.095) / 2, small, 1e-5, 0, "Huber δ=0.1");
    }

    @Test
    void theValidationHuberLossIsTheClosedFormInTheTargetsUnits() {
        // h_δ(d) = ½d² for |d| ≤ δ, δ(|d| − ½δ) beyond; δ = 0.1 (LFV Table V), d = 0.05, 1, −0.3
        // with weights 1, 2, 1: (0.00125 + 2·0.095 + 0.025) / 4 = 0.0540625.
        NetworkConfig c =
                NetworkConfig.builder().setWidths(java.util.List.of(2)).optHuber(0.1).build();
        double got =
                NetworkTrainer.javaLoss(
                        c,
                        new float[] {1.05f, 2, 2.7f},
                        new float[] {1, 1, 3},
                        new double[] {1, 2, 1});
        assertClose(0.0540625, got, 1e-6, 0, "validation Huber");
    }

    @Test
    void likelihoodRatioLossKeepsSignsAndNormalisesByAbsoluteWeights() {
        // Σ w ℓ / Σ|w| with w = (2, −1): (2 ln(1+e^−1) − ln(1+e^1)) / 3 for z = 1, y = (1, 0).
        double expected = (2 * Math.log1p(Math.exp(-1)) - Math.log1p(Math.exp(1))) / 3;
        double got =
                eval(
                        LossKind.LIKELIHOOD_RATIO,
                        0,
                        new float[] {1, 1},
                        new float[] {1, 0},
                        new float[] {2, -1});
        assertClose(expected, got, 1e-6, 0, "signed LR loss");
        double mse =
                eval(LossKind.MSE, 0, new float[] {1, 3}, new float[] {0, 0}, new float[] {3, 1});
        assertClose((3 * 1 + 1 * 9) / 4.0, mse, 1e-6, 0, "weighted MSE");
    }
}
