package org.quarryhep.ml.bdt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.Standardizer;

/** Trains XGBoost ({@code tree_method=hist}) on a feature table. */
public final class BdtTrainer {
    private BdtTrainer() {}

    /**
     * The trained model and its learning curve (log-loss or RMSE per boosting round).
     *
     * @param model the model; close it
     * @param history one record per round
     */
    public record Result(BdtModel model, List<EpochRecord> history) {}

    /**
     * Trains a BDT.
     *
     * @param train training rows
     * @param validation validation rows for the learning curve, or {@code null}
     * @param features the input columns in order
     * @param config the XGBoost settings
     * @param missingValue the value that marks a missing feature (NaN for none)
     * @return the model and its learning curve
     * @throws QuarryException when XGBoost rejects the data (for example negative weights)
     */
    public static Result train(
            FeatureTable train,
            FeatureTable validation,
            List<String> features,
            BdtConfig config,
            double missingValue) {
        Standardizer identity = Standardizer.identity(features);
        Standardizer marker =
                new Standardizer(features, identity.mean(), identity.std(), missingValue);
        @SuppressWarnings("unchecked")
        Map<String, Object> cfg = ModelFiles.MAPPER.convertValue(config, LinkedHashMap.class);
        Map<String, String> prov = new LinkedHashMap<>();
        cfg.forEach((k, v) -> prov.put(k, String.valueOf(v)));
        prov.put("xgboost4j", XGBoost.class.getPackage().getImplementationVersion() + "");
        ModelInfo info =
                new ModelInfo(
                        "bdt",
                        config.regression() ? Task.REGRESSION : Task.CLASSIFICATION,
                        features,
                        marker,
                        cfg,
                        config.seed(),
                        Provenance.of(BdtTrainer.class.getName(), prov, config.seed(), List.of()),
                        1);
        for (int i = 0; i < train.rows(); i++) {
            if (train.weight(i) < 0) {
                throw new QuarryException(
                        "XGBoost needs non-negative weights; training row "
                                + i
                                + " has weight "
                                + train.weight(i));
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("tree_method", "hist");
        params.put("objective", config.regression() ? "reg:squarederror" : "binary:logistic");
        params.put("eval_metric", config.regression() ? "rmse" : "logloss");
        params.put("max_depth", config.maxDepth());
        params.put("eta", config.eta());
        params.put("subsample", config.subsample());
        params.put("colsample_bytree", config.colsampleByTree());
        params.put("min_child_weight", config.minChildWeight());
        params.put("lambda", config.lambda());
        params.put("max_bin", config.maxBin());
        params.put("nthread", config.threads());
        params.put("seed", config.seed());
        params.put("verbosity", 0);
        params.put("base_score", 0.5);
        params.put("verbose_eval", 0); // XGBoost4J prints every round otherwise
        List<DMatrix> open = new ArrayList<>();
        try {
            BdtModel probe = new BdtModel(info, null);
            DMatrix dtrain = probe.matrix(train);
            open.add(dtrain);
            dtrain.setLabel(train.labels());
            dtrain.setWeight(toFloat(train.weights()));
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", dtrain);
            if (validation != null && validation.rows() > 0) {
                DMatrix dval = probe.matrix(validation);
                open.add(dval);
                dval.setLabel(validation.labels());
                dval.setWeight(toFloat(validation.weights()));
                watches.put("validation", dval);
            }
            float[][] metrics = new float[watches.size()][config.trees()];
            Booster b =
                    XGBoost.train(dtrain, params, config.trees(), watches, metrics, null, null, 0);
            List<EpochRecord> history = new ArrayList<>();
            for (int r = 0; r < config.trees(); r++) {
                history.add(
                        new EpochRecord(
                                r + 1,
                                metrics[0][r],
                                metrics.length > 1 ? metrics[1][r] : Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                config.eta()));
            }
            return new Result(new BdtModel(info, b), history);
        } catch (XGBoostError e) {
            throw new QuarryException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            open.forEach(DMatrix::dispose);
        }
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
