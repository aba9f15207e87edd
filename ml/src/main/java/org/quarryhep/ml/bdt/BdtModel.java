package org.quarryhep.ml.bdt;

import java.io.IOException;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.quarryhep.core.QuarryException;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.table.FeatureTable;

/**
 * A trained XGBoost ensemble. Values equal to the standardiser's missing-value marker (−999 in
 * HiggsML) are passed to XGBoost as missing, so the trees learn a default direction for them.
 */
public final class BdtModel implements Model {
    private final ModelInfo info;
    private final Booster booster;

    BdtModel(ModelInfo info, Booster booster) {
        this.info = info;
        this.booster = booster;
    }

    /**
     * Rebuilds a model from saved XGBoost bytes.
     *
     * @throws IllegalArgumentException when the bytes are not an XGBoost model
     */
    public static BdtModel fromWeights(ModelInfo info, byte[] weights) {
        try {
            return new BdtModel(info, XGBoost.loadModel(weights));
        } catch (XGBoostError | IOException e) {
            throw new IllegalArgumentException("not an XGBoost model: " + e.getMessage(), e);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    DMatrix matrix(FeatureTable t) throws XGBoostError {
        FeatureTable f = t.withFeatures(info.features());
        float missing =
                info.standardizer().hasMissingValue()
                        ? (float) info.standardizer().missingValue()
                        : Float.NaN;
        return new DMatrix(f.rowMajor(), f.rows(), f.width(), missing);
    }

    @Override
    public float[] predict(FeatureTable table) {
        try {
            DMatrix d = matrix(table);
            try {
                float[][] p = booster.predict(d);
                float[] out = new float[p.length];
                for (int i = 0; i < p.length; i++) {
                    out[i] = p[i][0];
                }
                return out;
            } finally {
                d.dispose();
            }
        } catch (XGBoostError e) {
            throw new QuarryException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    /**
     * Exact TreeSHAP values (Lundberg et al., arXiv:1802.03888) from XGBoost's contributions, in
     * log-odds for classifiers: one row per input row, one column per feature plus the expected
     * value last.
     *
     * @param table the rows to explain
     * @return the contributions
     */
    public float[][] contributions(FeatureTable table) {
        try {
            DMatrix d = matrix(table);
            try {
                return booster.predictContrib(d, 0);
            } finally {
                d.dispose();
            }
        } catch (XGBoostError e) {
            throw new QuarryException("XGBoost contributions failed: " + e.getMessage(), e);
        }
    }

    /** True for a classifier. */
    public boolean isClassifier() {
        return info.task() == Task.CLASSIFICATION;
    }

    @Override
    public byte[] weightBytes() {
        try {
            return booster.toByteArray("ubj");
        } catch (XGBoostError e) {
            throw new QuarryException("cannot serialise the XGBoost model: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
