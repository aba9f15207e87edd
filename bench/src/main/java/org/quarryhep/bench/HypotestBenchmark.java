package org.quarryhep.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.HypoTestResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.model.Model;

/**
 * One asymptotic hypotest (q̃ at μ = 1, observed CLs and the band: four fits) on models built like
 * the shared synthetic benchmark workspace: per channel a signal with a normfactor and a shared
 * normsys, a background with a shared normsys and a shared histosys, and a second background with
 * its own normsys and a shapesys per bin; data are the background plus a rounded Gaussian draw of
 * width √n (Poisson at these counts).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HypotestBenchmark {
    private static final int BINS = 20;

    /** Channels of {@value #BINS} bins each: 1 (24 parameters) or 10 (214 parameters). */
    @Param({"1", "10"})
    public int channels;

    private AsymptoticCalculator calculator;
    private Model model;

    /** Builds the model from a fixed seed. */
    @Setup
    public void buildModel() {
        SplittableRandom rng = new SplittableRandom(20240607L);
        WorkspaceBuilder b = new WorkspaceBuilder().setPoi("mu");
        for (int c = 0; c < channels; c++) {
            String name = "ch" + c;
            double[] sig = new double[BINS];
            double[] bkg1 = new double[BINS];
            double[] bkg1Up = new double[BINS];
            double[] bkg1Down = new double[BINS];
            double[] bkg2 = new double[BINS];
            double[] bkg2Sigma = new double[BINS];
            double[] data = new double[BINS];
            for (int i = 0; i < BINS; i++) {
                double x = (i + 0.5) / BINS;
                sig[i] = 2 + 8 * Math.exp(-0.5 * Math.pow((x - 0.6) / 0.1, 2));
                bkg1[i] = 200 * Math.exp(-3 * x) + 5;
                double shift = 0.05 + 0.05 * rng.nextDouble();
                bkg1Up[i] = bkg1[i] * (1 + shift * (x - 0.3));
                bkg1Down[i] = bkg1[i] * (1 - shift * (x - 0.3));
                bkg2[i] = 30 + 10 * rng.nextDouble();
                bkg2Sigma[i] = 0.1 * bkg2[i];
                data[i] = roundedGaussian(bkg1[i] + bkg2[i], rng);
            }
            b.setObservation(name, data)
                    .addSample(name, "signal", sig)
                    .optNormFactor("mu")
                    .optNormSys("sig_theory", 1.1, 0.9)
                    .addSample(name, "bkg1", bkg1)
                    .optNormSys("bkg1_xsec", 1.05, 0.95)
                    .optHistoSys("jes", bkg1Up, bkg1Down)
                    .addSample(name, "bkg2", bkg2)
                    .optNormSys("bkg2_norm_" + name, 1.08, 0.93)
                    .optShapeSys("bkg2_stat_" + name, bkg2Sigma);
        }
        model = Model.compile(b.build());
        calculator = new AsymptoticCalculator(Fitter.of(model), TestStatistic.QTILDE);
    }

    /**
     * A count of mean and variance {@code mean}: Poisson's normal limit, as means here exceed 30.
     */
    private static double roundedGaussian(double mean, SplittableRandom rng) {
        return Math.max(0, Math.rint(mean + Math.sqrt(mean) * rng.nextGaussian()));
    }

    /**
     * Tests μ = 1.
     *
     * @return the result
     */
    @Benchmark
    public HypoTestResult hypotestAtMuOne() {
        return calculator.hypotest(1.0, model.observedData());
    }
}
