package org.quarryhep.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.train.Evaluation;
import org.quarryhep.ml.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry evaluate MODEL TABLE}: metrics of a saved model on a labelled table. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description =
                "Evaluate a saved model on a labelled table: AUC, working points, best AMS, calibration.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "model file from quarry train")
    Path model;

    @Parameters(index = "1", paramLabel = "TABLE", description = "labelled table")
    Path table;

    @Option(
            names = "--label",
            paramLabel = "COLUMN",
            description = "label column (default: the one used in training)")
    String label;

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Model m = ModelFiles.load(model)) {
            Evaluation e = Evaluation.of(m, Training.readLike(m, table, label));
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("model", model.toString());
                out.put("table", table.toString());
                out.put("auc", e.auc());
                out.put("evaluation", e);
                Json.print(spec.commandLine().getOut(), out);
            } else if (e.auc() != null) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "%d rows  AUC %.4f  accuracy %.4f  best AMS %.3f at score ≥ %.4f%n",
                                e.rows(),
                                e.auc(),
                                e.accuracy(),
                                e.bestAms().ams(),
                                e.bestAms().threshold());
                for (var wp : e.workingPoints()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    Locale.ROOT,
                                    "  ε_S %.3f  ε_B %.4f  rejection %.1f  threshold %.4f%n",
                                    wp.signalEfficiency(),
                                    wp.backgroundEfficiency(),
                                    wp.rejection(),
                                    wp.threshold());
                }
            } else if (e.mse() != null) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "%d rows  MSE %.5g  MAE %.5g%n",
                                e.rows(),
                                e.mse(),
                                e.mae());
            } else {
                spec.commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "%d rows of one class only: accuracy %.4f (no ROC)%n",
                                e.rows(),
                                e.accuracy());
            }
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
