package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.shap.Explainers;
import org.quarryhep.ml.shap.ShapValues;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.train.Training;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * SHAP values of a trained model ({@code models[].explain}): {@code ml.shap.Explainers.explain} on
 * rows drawn from the model's training table against reference rows drawn from the same table,
 * cached beside the training (its key holds the training key and the explain settings). The record
 * keeps the ranking by mean |SHAP| and the beeswarm points of every feature.
 */
final class ExplainStage {
    static final String RECORD = "shap.json";

    private ExplainStage() {}

    static StageKey key(ModelDefinition.Explain e, StageKey train) {
        return StageKey.builder("explain")
                .input(train)
                .config("rows", Integer.toString(e.rows()))
                .config("background", Integer.toString(e.background()))
                .config("permutations", Integer.toString(e.permutations()))
                .config("seed", Long.toString(e.seed()))
                .build();
    }

    static void run(ModelDefinition.Explain e, Path trainDir, Path dir) throws IOException {
        try (Model model = ModelFiles.load(trainDir.resolve(TrainStage.MODEL))) {
            FeatureTable table = Training.readLike(model, trainDir.resolve(TrainStage.TABLE), null);
            ShapValues shap =
                    Explainers.explain(
                            model,
                            table,
                            e.rows(),
                            table,
                            e.background(),
                            e.permutations(),
                            e.seed());
            List<Map<String, Object>> ranking = new ArrayList<>();
            for (ShapValues.Importance i : shap.ranking()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("feature", i.feature());
                r.put("mean_abs_shap", i.meanAbs());
                ranking.add(r);
            }
            List<Map<String, Object>> beeswarm = new ArrayList<>();
            for (ShapValues.BeeswarmSeries b : shap.beeswarm(ranking.size())) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", b.feature());
                r.put("shap", b.shap());
                r.put("value", b.values());
                beeswarm.add(r);
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("rows", e.rows());
            record.put("ranking", ranking);
            record.put("beeswarm", beeswarm);
            StageFiles.write(dir.resolve(RECORD), record);
        }
    }
}
