package org.quarryhep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.ml.bdt.BdtConfig;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.nn.Architecture;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.train.Evaluation;
import org.quarryhep.ml.train.SpecException;
import org.quarryhep.ml.train.Training;
import org.quarryhep.ml.train.TrainingReport;
import org.quarryhep.ml.train.TrainingSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry train}: trains a classifier or regressor from a config file or from flags. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Train an MLP, residual network or BDT on a feature table; saves the model with its"
                    + " provenance and reports test metrics.",
            "Either give a YAML/JSON CONFIG, or the flags (--train, --label, --model …)."
        })
final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONFIG",
            description = "YAML or JSON training config")
    Path config;

    @Option(
            names = "--train",
            paramLabel = "FILE",
            description = "training table (CSV/TSV, gz, or .qft)")
    Path train;

    @Option(
            names = "--test",
            paramLabel = "FILE",
            description = "test table (default: 8:1:1 split of --train)")
    Path test;

    @Option(
            names = "--label",
            paramLabel = "COLUMN",
            description = "label column (c0, c1, … without a header)")
    String label;

    @Option(names = "--weight", paramLabel = "COLUMN", description = "weight column")
    String weight;

    @Option(names = "--drop", split = ",", paramLabel = "COLUMN", description = "columns to ignore")
    List<String> drop = new ArrayList<>();

    @Option(
            names = "--missing-value",
            paramLabel = "X",
            description = "missing-value marker, e.g. -999")
    Double missingValue;

    @Option(
            names = "--model",
            defaultValue = "mlp",
            description = "mlp, resnet or bdt (Deep Sets and parametric jobs take a CONFIG)")
    String model;

    @Option(
            names = "--layers",
            split = ",",
            paramLabel = "N",
            description = "hidden widths (default 64,32)")
    List<Integer> layers = new ArrayList<>();

    @Option(names = "--epochs", defaultValue = "10", description = "epochs")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "256", description = "batch size")
    int batchSize;

    @Option(
            names = "--learning-rate",
            defaultValue = "0.001",
            description = "learning rate (BDT eta 0.3 unless given)")
    double learningRate;

    @Option(names = "--trees", defaultValue = "100", description = "BDT trees")
    int trees;

    @Option(names = "--max-depth", defaultValue = "6", description = "BDT depth")
    int maxDepth;

    @Option(
            names = "--threads",
            defaultValue = "1",
            description =
                    "threads for PyTorch (intra-op) and XGBoost (small batches train"
                            + " fastest on one)")
    int threads;

    @Option(names = "--seed", defaultValue = "42", description = "random seed")
    long seed;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "MODEL",
            description = "where to save the model (JSON)")
    Path output;

    @Option(
            names = "--plots",
            paramLabel = "FILE",
            description = "write ROC, score, calibration and learning-curve data (JSON)")
    Path plots;

    @Option(names = "--force", description = "overwrite an existing model file")
    boolean force;

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    /** The flags that describe the job; a CONFIG describes it instead. */
    private static final List<String> JOB_FLAGS =
            List.of(
                    "--train",
                    "--test",
                    "--label",
                    "--weight",
                    "--drop",
                    "--missing-value",
                    "--model",
                    "--layers",
                    "--epochs",
                    "--batch-size",
                    "--learning-rate",
                    "--trees",
                    "--max-depth",
                    "--seed",
                    "-o",
                    "--plots");

    /** Flag values no training could use, and flags a CONFIG would silently override. */
    private void checkFlags() {
        var parsed = spec.commandLine().getParseResult();
        if (config != null) {
            List<String> given = JOB_FLAGS.stream().filter(parsed::hasMatchedOption).toList();
            if (!given.isEmpty()) {
                throw usage(
                        String.join(", ", given)
                                + ": not used with a CONFIG file; put the setting in "
                                + config
                                + " instead");
            }
            return;
        }
        positive("--epochs", epochs);
        positive("--batch-size", batchSize);
        positive("--trees", trees);
        positive("--max-depth", maxDepth);
        for (int w : layers) {
            positive("--layers", w);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw usage("--learning-rate must be a number > 0, got " + learningRate);
        }
    }

    private void positive(String flag, int value) {
        if (value < 1) {
            throw usage(flag + " must be >= 1, got " + value);
        }
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * Refuses a file that is not a feature table before the table reader sees it: an event file or
     * a binary file would otherwise end in a parse error quoting its bytes.
     */
    private void checkTable(java.nio.file.Path table, String key) throws java.io.IOException {
        String name = table.getFileName().toString();
        if (name.contains(".qreco")) {
            throw usage(
                    key
                            + " "
                            + table
                            + ": a reconstructed-event file from quarry simulate, not a feature"
                            + " table (CSV/TSV, .gz, .qft); quarry inspect shows what it holds");
        }
        if (name.endsWith(".gz")
                || name.endsWith(".zst")
                || name.endsWith(".qft")
                || !java.nio.file.Files.isRegularFile(table)) {
            return;
        }
        byte[] head = new byte[4096];
        int n;
        try (var in = java.nio.file.Files.newInputStream(table)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw usage(
                        key
                                + " "
                                + table
                                + ": a binary file, not a CSV/TSV feature table (byte "
                                + i
                                + " is NUL)");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--threads must be ≥ 1");
        }
        // Read by DJL when the PyTorch engine first loads (once per JVM).
        System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        checkFlags();
        TrainingSpec job = config != null ? TrainingSpec.fromFile(config) : fromFlags();
        checkTable(job.train(), config != null ? "train" : "--train");
        if (job.test() != null) {
            checkTable(job.test(), config != null ? "test" : "--test");
        }
        if (job.output() != null) {
            OutputFiles.claim(
                    spec,
                    config != null ? "output" : "-o",
                    job.output(),
                    force,
                    job.train(),
                    job.test(),
                    config);
        }
        int total = job.isBdt() ? job.bdt().trees() : job.network().epochs();
        TrainingReport r;
        try (Progress bar = Progress.start("train", total, job.isBdt() ? "trees" : "epochs")) {
            r =
                    Training.run(
                            job,
                            e -> {
                                bar.step(1);
                                if (!job.isBdt()) {
                                    spec.commandLine()
                                            .getErr()
                                            .printf(
                                                    Locale.ROOT,
                                                    "epoch %d/%d  loss %.5f  val_loss %.5f  val_auc %.4f  lr %.2g%n",
                                                    e.epoch(),
                                                    total,
                                                    e.trainLoss(),
                                                    e.validationLoss(),
                                                    e.validationAuc(),
                                                    e.learningRate());
                                    spec.commandLine().getErr().flush();
                                }
                            });
        }
        try (var m = r.model()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("model", r.output() == null ? null : r.output().toString());
            out.put("kind", m.info().kind());
            out.put("task", m.info().task().name());
            out.put("features", m.info().features());
            out.put("train_rows", r.trainRows());
            out.put("best_epoch", r.bestEpoch());
            out.put("test_auc", r.test() == null ? null : r.test().auc());
            out.put("validation_auc", r.validation() == null ? null : r.validation().auc());
            out.put("test", r.test());
            out.put("validation", r.validation());
            List<Map<String, Object>> curve = new ArrayList<>();
            for (EpochRecord e : r.history()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("epoch", e.epoch());
                p.put("train_loss", e.trainLoss());
                p.put("validation_loss", finite(e.validationLoss()));
                p.put("validation_auc", finite(e.validationAuc()));
                p.put("learning_rate", e.learningRate());
                curve.add(p);
            }
            out.put("learning_curve", curve);
            out.put("seed", m.info().seed());
            if (json) {
                Json.print(spec.commandLine().getOut(), out);
            } else {
                printText(r);
            }
        }
        return 0;
    }

    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private void printText(TrainingReport r) {
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "trained %s on %d rows%n", r.model().info().kind(), r.trainRows());
        Evaluation t = r.test();
        if (t != null && t.auc() != null && t.bestAms() != null) {
            out.printf(
                    Locale.ROOT,
                    "test AUC %.4f  accuracy %.4f  best AMS %.3f at score ≥ %.4f%n",
                    t.auc(),
                    t.accuracy(),
                    t.bestAms().ams(),
                    t.bestAms().threshold());
        } else if (t != null && t.mse() != null) {
            out.printf(Locale.ROOT, "test MSE %.5g  MAE %.5g%n", t.mse(), t.mae());
        }
        out.println(
                r.output() != null
                        ? "model written to " + r.output()
                        : "model not saved (give -o MODEL.json, or output: in the config)");
        out.flush();
    }

    private TrainingSpec fromFlags() {
        if (train == null || label == null) {
            throw new SpecException(
                    "give a CONFIG file, or at least --train FILE and --label COLUMN", null);
        }
        String kind = model.toLowerCase(Locale.ROOT);
        NetworkConfig net = null;
        BdtConfig bdt = null;
        switch (kind) {
            case "mlp", "resnet" -> {
                try {
                    net =
                            NetworkConfig.builder()
                                    .setWidths(layers.isEmpty() ? List.of(64, 32) : layers)
                                    .optArchitecture(
                                            kind.equals("mlp")
                                                    ? Architecture.MLP
                                                    : Architecture.RESNET)
                                    .optEpochs(epochs)
                                    .optBatchSize(batchSize)
                                    .optAdam(learningRate)
                                    .optSeed(seed)
                                    .build();
                } catch (IllegalArgumentException e) {
                    throw new SpecException("bad network option: " + e.getMessage(), null);
                }
            }
            case "bdt" -> {
                boolean lrGiven =
                        spec.commandLine().getParseResult().hasMatchedOption("--learning-rate");
                try {
                    bdt =
                            new BdtConfig(
                                    trees,
                                    maxDepth,
                                    lrGiven ? learningRate : 0.3,
                                    1,
                                    1,
                                    1,
                                    1,
                                    256,
                                    false,
                                    threads,
                                    seed);
                } catch (IllegalArgumentException e) {
                    throw new SpecException("bad BDT option: " + e.getMessage(), null);
                }
            }
            default ->
                    throw new SpecException(
                            "--model: '" + model + "' is not one of mlp, resnet, bdt", null);
        }
        return new TrainingSpec(
                train,
                test,
                label,
                weight,
                drop,
                List.of(),
                List.of(),
                List.of(),
                missingValue == null ? Double.NaN : missingValue,
                0.1,
                false,
                null,
                seed,
                output,
                plots,
                net,
                bdt);
    }
}
