package org.quarryhep.ml.validation;

import static org.quarryhep.testkit.Tolerance.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.ml.bdt.BdtConfig;
import org.quarryhep.ml.bdt.BdtModel;
import org.quarryhep.ml.bdt.BdtTrainer;
import org.quarryhep.ml.metrics.Metrics;
import org.quarryhep.ml.nn.NetworkConfig;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.nn.NetworkTrainer;
import org.quarryhep.ml.table.ColumnRoles;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.FeatureTables;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Requirements;

/**
 * UCI HIGGS subset (7 000 training rows, 500 test rows): Quarry's BDT and MLP reach the test AUC
 * that xgboost and PyTorch reach with the same configuration, within 0.01 (the tolerance).
 * Network AUCs are averaged over seeds: one seed's test AUC on 500 rows scatters by about 0.01
 * between initialisations, in PyTorch as much as in Quarry; 20 (30) seeds per side put the standard
 * error of the difference near 0.003.
 */
class UciHiggsReferenceTest {
    private static final String DIR = "ml-datasets/uci-higgs-subset-lightgbm/";

    @Test
    void hundredTreeBdtMatchesXgboost() throws Exception {
        compareBdt(0.1, 6, "uci_bdt_eta0.1_depth6");
    }

    /**
     * More 100-tree configurations. With η = 0.3 and depth 6 (XGBoost's defaults) the ensemble
     * overfits the 7 000 rows and its AUC on 500 test rows moves by ±0.02 with the XGBoost version
     * (3.4 here, 1.7 in Debian's peer); that configuration is recorded, not asserted.
     */
    @Test
    void moreBdtConfigurationsMatchXgboost() throws Exception {
        Requirements.validationProfile();
        compareBdt(0.1, 4, "uci_bdt_eta0.1_depth4");
        compareBdt(0.3, 3, "uci_bdt_eta0.3_depth3");
        double[] defaults = bdtAucs(0.3, 6);
        Peers.record(
                "uci_bdt_eta0.3_depth6_not_asserted",
                Map.of("quarry_test_auc", defaults[0], "xgboost_test_auc", defaults[1]));
    }

    private static double[] bdtAucs(double eta, int depth) throws Exception {
        Path python = Requirements.pythonModule("xgboost", "python3-xgboost");
        Path train = ReferenceData.require(DIR + "binary.train");
        Path test = ReferenceData.require(DIR + "binary.test");
        FeatureTable tr = FeatureTables.read(train, ColumnRoles.ofLabel("c0"));
        FeatureTable te = FeatureTables.read(test, ColumnRoles.ofLabel("c0"));
        BdtConfig cfg = new BdtConfig(100, depth, eta, 1, 1, 1, 1, 256, false, 1, 42);
        double quarry;
        try (BdtModel m = BdtTrainer.train(tr, null, tr.names(), cfg, Double.NaN).model()) {
            quarry = Metrics.auc(m.predict(te), te.labels(), null);
        }
        JsonNode peer =
                Peers.run(
                        python,
                        "xgboost_peer.py",
                        train.toString(),
                        test.toString(),
                        "c0",
                        "-",
                        "100",
                        String.valueOf(depth),
                        String.valueOf(eta),
                        "42");
        return new double[] {quarry, peer.get("test_auc").asDouble()};
    }

    private static void compareBdt(double eta, int depth, String name) throws Exception {
        double[] a = bdtAucs(eta, depth);
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("trees", 100);
        rec.put("eta", eta);
        rec.put("max_depth", depth);
        rec.put("quarry_test_auc", a[0]);
        rec.put("xgboost_test_auc", a[1]);
        Peers.record(name, rec);
        // Peer: xgboost_peer.py (python3-xgboost 1.7) on the same files with the same parameters.
        assertClose(a[1], a[0], 0, 0.01, "BDT test AUC vs xgboost (" + name + ")");
    }

    @Test
    void mlpMatchesPyTorchShort() throws Exception {
        compareMlp(seeds(20), 20, "uci_mlp_short");
    }

    @Test
    void mlpMatchesPyTorchLong() throws Exception {
        Requirements.validationProfile();
        compareMlp(seeds(30), 40, "uci_mlp_long");
    }

    private static List<Long> seeds(int n) {
        return java.util.stream.LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static void compareMlp(List<Long> seeds, int epochs, String name) throws Exception {
        Path python = Requirements.pythonModule("torch", "python3-torch");
        Path train = ReferenceData.require(DIR + "binary.train");
        Path test = ReferenceData.require(DIR + "binary.test");
        FeatureTable tr = FeatureTables.read(train, ColumnRoles.ofLabel("c0"));
        FeatureTable te = FeatureTables.read(test, ColumnRoles.ofLabel("c0"));
        List<Double> aucs = new ArrayList<>();
        StringBuilder seedList = new StringBuilder();
        for (long seed : seeds) {
            NetworkConfig c =
                    NetworkConfig.builder()
                            .setWidths(List.of(64, 32))
                            .optAdam(1e-3)
                            .optBatchSize(256)
                            .optEpochs(epochs)
                            .optSeed(seed)
                            .build();
            try (NetworkModel m =
                    NetworkTrainer.train(tr, null, tr.names(), c, Double.NaN, e -> {}).model()) {
                aucs.add(Metrics.auc(m.predict(te), te.labels(), null));
            }
            seedList.append(seedList.length() == 0 ? "" : ",").append(seed);
        }
        double quarry = aucs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        JsonNode peer =
                Peers.run(
                        python,
                        "torch_peer.py",
                        train.toString(),
                        test.toString(),
                        "c0",
                        "64,32",
                        String.valueOf(epochs),
                        "256",
                        "0.001",
                        seedList.toString());
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("epochs", epochs);
        rec.put("quarry_mean_test_auc", quarry);
        rec.put("quarry_test_aucs", aucs);
        rec.put("torch_mean_test_auc", peer.get("test_auc").asDouble());
        rec.put("torch_test_aucs", peer.get("aucs"));
        rec.put("torch_version", peer.get("torch").asText());
        Peers.record(name, rec);
        // Peer: torch_peer.py (python3-torch), same widths, optimiser, batch, epochs and seeds
        // count.
        assertClose(
                peer.get("test_auc").asDouble(), quarry, 0, 0.01, "MLP mean test AUC vs PyTorch");
    }
}
