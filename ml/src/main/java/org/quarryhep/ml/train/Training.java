package org.quarryhep.ml.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.Parametric;
import org.quarryhep.ml.bdt.BdtTrainer;
import org.quarryhep.ml.metrics.EpochRecord;
import org.quarryhep.ml.nn.Architecture;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.nn.NetworkTrainer;
import org.quarryhep.ml.nn.TrainingResult;
import org.quarryhep.ml.table.Balancing;
import org.quarryhep.ml.table.ColumnRoles;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.FeatureTables;
import org.quarryhep.ml.table.Split;
import org.quarryhep.ml.table.Splits;

/** Runs a {@link TrainingSpec}: read, split, train, evaluate, save. */
public final class Training {
    private Training() {}

    /**
     * Runs the job.
     *
     * @param spec the job
     * @param progress called after every epoch (or boosting round)
     * @return the model, metrics and learning curve
     * @throws IOException when a table cannot be read or the model not written
     * @throws SpecException when a configured column is missing from the table
     */
    public static TrainingReport run(TrainingSpec spec, Consumer<EpochRecord> progress)
            throws IOException {
        List<String> groups = new ArrayList<>(spec.groups());
        spec.parameters().stream().filter(p -> !groups.contains(p)).forEach(groups::add);
        ColumnRoles roles =
                ColumnRoles.ofLabel(spec.label())
                        .withWeight(spec.weight())
                        .withGroups(groups)
                        .withDrop(spec.drop());
        FeatureTable all = subsample(FeatureTables.read(spec.train(), roles), spec);
        Split split = split(spec, all, roles);
        FeatureTable train = spec.balance() ? Balancing.reweight(split.train()) : split.train();
        // The validation part is reweighted alike, so that the validation loss and accuracy that
        // early stopping watches measure the objective being trained, not the raw class weights
        // (with cross-section weights the accuracy would be that of the heavier class).
        FeatureTable validation =
                spec.balance() && bothClasses(split.validation())
                        ? Balancing.reweight(split.validation())
                        : split.validation();
        List<String> features = features(spec, all);
        Fit fit = fit(spec, train, validation, features, progress);
        Model model = fit.model();
        try {
            Evaluation test = split.test().rows() > 0 ? Evaluation.of(model, split.test()) : null;
            Evaluation val =
                    split.validation().rows() > 0 ? Evaluation.of(model, split.validation()) : null;
            if (spec.output() != null) {
                save(spec, groups, model);
            }
            if (spec.plots() != null) {
                FeatureTable plotTable =
                        split.test().rows() > 0 ? split.test() : split.validation();
                ModelFiles.MAPPER.writeValue(
                        spec.plots().toFile(), PlotData.of(model, plotTable, fit.history()));
            }
            return new TrainingReport(
                    model, test, val, fit.history(), fit.best(), train.rows(), spec.output());
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * Train, validation and test parts: the spec's test table with a stratified train/validation
     * split of the rest, or 8:1:1; parametric jobs give background rows parameters drawn from the
     * signal's.
     */
    private static Split split(TrainingSpec spec, FeatureTable all, ColumnRoles roles)
            throws IOException {
        Split split;
        if (spec.test() != null) {
            Split s =
                    Splits.stratified(
                            all,
                            1 - spec.validationFraction(),
                            spec.validationFraction(),
                            spec.seed());
            split = new Split(s.train(), s.validation(), FeatureTables.read(spec.test(), roles));
        } else {
            split = Splits.eightOneOne(all, spec.seed());
        }
        if (spec.parameters().isEmpty()) {
            return split;
        }
        return new Split(
                Parametric.assignBackgroundParameters(
                        split.train(), spec.parameters(), spec.seed()),
                Parametric.assignBackgroundParameters(
                        split.validation(), spec.parameters(), spec.seed() + 1),
                Parametric.assignBackgroundParameters(
                        split.test(), spec.parameters(), spec.seed() + 2));
    }

    /**
     * The input columns: the spec's (or every feature column), Deep Sets' slot columns, then the
     * parametric inputs.
     *
     * @throws SpecException when a column is not in the table
     */
    private static List<String> features(TrainingSpec spec, FeatureTable all) {
        List<String> features =
                new ArrayList<>(spec.features().isEmpty() ? all.names() : spec.features());
        if (spec.network() != null && spec.network().architecture() == Architecture.DEEP_SETS) {
            NetworkConfig c = spec.network();
            List<String> slots = NetworkTrainer.deepSetsFeatures(List.of(), c);
            List<String> high = new ArrayList<>(features);
            high.removeAll(slots);
            features = NetworkTrainer.deepSetsFeatures(high, c);
        }
        for (String p : spec.parameters()) {
            if (!features.contains(p)) {
                features.add(p);
            }
        }
        for (String f : features) {
            if (!all.names().contains(f) && !all.groupNames().contains(f)) {
                throw new SpecException(
                        "/features: column '" + f + "' is not in " + spec.train(), null);
            }
        }
        return features;
    }

    /** A trained model, its learning curve and the epoch (or round) whose state it holds. */
    private record Fit(Model model, List<EpochRecord> history, int best) {}

    private static Fit fit(
            TrainingSpec spec,
            FeatureTable train,
            FeatureTable validation,
            List<String> features,
            Consumer<EpochRecord> progress) {
        if (spec.isBdt()) {
            BdtTrainer.Result r =
                    BdtTrainer.train(train, validation, features, spec.bdt(), spec.missingValue());
            r.history().forEach(progress);
            return new Fit(r.model(), r.history(), r.history().size());
        }
        TrainingResult r =
                NetworkTrainer.train(
                        train, validation, features, spec.network(), spec.missingValue(), progress);
        return new Fit(r.model(), r.history(), r.bestEpoch());
    }

    /** Saves the model with its inputs' checksums and the column roles it was trained with. */
    private static void save(TrainingSpec spec, List<String> groups, Model model)
            throws IOException {
        List<Provenance.InputFile> inputs = new ArrayList<>();
        inputs.add(Provenance.InputFile.of(spec.train()));
        if (spec.test() != null) {
            inputs.add(Provenance.InputFile.of(spec.test()));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("label", spec.label());
        if (spec.weight() != null) {
            extra.put("weight", spec.weight());
        }
        if (!spec.drop().isEmpty()) {
            extra.put("drop", String.join(",", spec.drop()));
        }
        if (!spec.parameters().isEmpty()) {
            extra.put("parameters", String.join(",", spec.parameters()));
        }
        if (!groups.isEmpty()) {
            extra.put("groups", String.join(",", groups));
        }
        if (spec.subsample() != null) {
            extra.put("stratified_subsample", spec.subsample().toString());
        }
        ModelFiles.save(model, spec.output(), inputs, extra);
    }

    private static boolean bothClasses(FeatureTable t) {
        double[] sums = t.classWeightSums();
        return sums[0] > 0 && sums[1] > 0;
    }

    /**
     * The table after the spec's stratified subsampling, or as it is without one; seeded by the
     * spec's seed through the {@code stratified_subsample} child of {@link RandomStreams}.
     */
    private static FeatureTable subsample(FeatureTable all, TrainingSpec spec) {
        if (spec.subsample() == null) {
            return all;
        }
        try {
            return spec.subsample()
                    .apply(all, new RandomStreams(spec.seed()).child("stratified_subsample"))
                    .table();
        } catch (IllegalArgumentException e) {
            throw new SpecException(
                    "/stratified_subsample: " + e.getMessage() + " (" + spec.train() + ")", null);
        }
    }

    /**
     * The column roles a saved model was trained with (label, weight, dropped and group columns, as
     * recorded in its provenance), so that an evaluation table is read the same way.
     *
     * @param model a loaded model
     * @param labelOverride a label column to use instead, or {@code null}
     * @return the roles
     */
    public static ColumnRoles rolesOf(Model model, String labelOverride) {
        Map<String, String> c = model.info().provenance().config();
        ColumnRoles r = ColumnRoles.ofLabel(labelOverride != null ? labelOverride : c.get("label"));
        if (c.containsKey("weight")) {
            r = r.withWeight(c.get("weight"));
        }
        if (c.containsKey("drop")) {
            r = r.withDrop(List.of(c.get("drop").split(",")));
        }
        if (c.containsKey("groups")) {
            r = r.withGroups(List.of(c.get("groups").split(",")));
        }
        return r;
    }

    /** Reads a table the way a model's training table was read. */
    public static FeatureTable readLike(Model model, Path table, String labelOverride)
            throws IOException {
        return FeatureTables.read(table, rolesOf(model, labelOverride));
    }
}
