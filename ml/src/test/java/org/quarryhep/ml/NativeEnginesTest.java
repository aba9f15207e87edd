package org.quarryhep.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.onnxruntime.OrtEnvironment;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.junit.jupiter.api.Test;

/** The three native engines load offline on this machine. */
class NativeEnginesTest {
    @Test
    void djlPyTorchComputesAMatrixProductOffline() {
        assertEquals("true", System.getProperty("ai.djl.offline"));
        try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
            NDArray a = m.create(new float[] {1, 2, 3, 4}, new ai.djl.ndarray.types.Shape(2, 2));
            // [[1,2],[3,4]]·[[1,2],[3,4]] = [[7,10],[15,22]] by hand.
            assertArrayEquals(new float[] {7, 10, 15, 22}, a.matMul(a).toFloatArray(), 0f);
        }
    }

    @Test
    void xgboostBuildsADMatrix() throws Exception {
        DMatrix d = new DMatrix(new float[] {1, 2, 3, 4, 5, 6}, 3, 2, Float.NaN);
        try {
            assertEquals(3, d.rowNum());
        } finally {
            d.dispose();
        }
    }

    @Test
    void onnxRuntimeStarts() {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        assertEquals(
                true,
                OrtEnvironment.getAvailableProviders().contains(ai.onnxruntime.OrtProvider.CPU),
                env.toString());
    }
}
