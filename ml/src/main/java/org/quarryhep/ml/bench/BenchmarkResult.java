package org.quarryhep.ml.bench;

import java.util.List;

/**
 * Timings of one {@link MlBenchmark} run.
 *
 * @param rows rows of the synthetic 10-feature table
 * @param threads threads given to every engine
 * @param batchSize training batch size
 * @param djlSecondsPerEpoch Quarry (DJL) seconds per epoch, after one warm-up epoch on a subset
 * @param torchSecondsPerEpoch PyTorch seconds per epoch (first epoch dropped as warm-up), or empty
 *     when the peer is absent
 * @param torchVersion the PyTorch version, or {@code null}
 * @param onnxRowsPerSecond ONNX Runtime inference throughput of the exported network
 * @param onnxMaxAbsDiff the largest |ONNX − DJL| difference over the rows
 * @param bdtSeconds seconds to train 100 XGBoost trees (hist, depth 6) on the rows
 * @param bdtAuc training-set AUC of that BDT (a sanity check that it learned)
 */
public record BenchmarkResult(
        int rows,
        int threads,
        int batchSize,
        List<Double> djlSecondsPerEpoch,
        List<Double> torchSecondsPerEpoch,
        String torchVersion,
        double onnxRowsPerSecond,
        double onnxMaxAbsDiff,
        double bdtSeconds,
        double bdtAuc) {
    /** Copies the lists. */
    public BenchmarkResult {
        djlSecondsPerEpoch = List.copyOf(djlSecondsPerEpoch);
        torchSecondsPerEpoch = List.copyOf(torchSecondsPerEpoch);
    }
}
