package org.quarryhep.stats.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.Distributions;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.fit.FitFailedException;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;

/**
 * CLs from pseudo-experiments, as pyhf's {@code ToyCalculator}: toys are drawn from the full model
 * (main and auxiliary data) at the conditional fits to the observed data with μ = the tested value
 * (s+b) and μ = 0 (b; μ = 1 for q_0). p-values are the fractions of toys with a statistic at least
 * the observed one; the expected band is the 2.3/15.9/50/84.1/97.7 % quantiles of CLs over the
 * b-toys (ascending, pyhf's order).
 *
 * <p>Toy i of each ensemble uses stream i of the named child of the {@link RandomStreams}, so the
 * result does not depend on the number of threads.
 */
public final class ToyCalculator {
    private final Fitter fitter;
    private final TestStatistic stat;
    private final int toys;
    private final RandomStreams streams;
    private final int threads;

    /**
     * Creates a calculator.
     *
     * @param fitter the fitter of the model
     * @param stat the test statistic
     * @param toys toys per hypothesis (≥ 1)
     * @param streams the seeded streams (record their seed in provenance)
     * @param threads worker threads (≥ 1)
     * @throws IllegalArgumentException for non-positive counts
     */
    public ToyCalculator(
            Fitter fitter, TestStatistic stat, int toys, RandomStreams streams, int threads) {
        if (toys < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "need toys >= 1 and threads >= 1, got " + toys + ", " + threads);
        }
        this.fitter = fitter;
        this.stat = stat;
        this.toys = toys;
        this.streams = streams;
        this.threads = threads;
    }

    /**
     * The test-statistic values of both ensembles and the observed value.
     *
     * @param observed the statistic on the data
     * @param signalPlusBackground statistic values of the s+b toys, sorted
     * @param backgroundOnly statistic values of the b toys, sorted
     */
    public record Ensembles(
            double observed, double[] signalPlusBackground, double[] backgroundOnly) {}

    /**
     * Runs both ensembles at a POI value.
     *
     * @param mu the tested POI value
     * @param data the observed data
     * @param progress called with the number of toys done (both ensembles), or {@code null}
     * @return the ensembles
     * @throws FitFailedException when a toy fit fails
     */
    public Ensembles ensembles(double mu, ObservedData data, LongConsumer progress) {
        Model model = fitter.model();
        double obs = TestStatistics.evaluate(stat, mu, data, fitter).value();
        double[] sbPars = fitter.fixedPoiFit(mu, data).bestFit();
        double[] bPars = fitter.fixedPoiFit(stat == TestStatistic.Q0 ? 1.0 : 0.0, data).bestFit();
        AtomicLong done = new AtomicLong();
        double[] sb = run(model, sbPars, mu, streams.child("toys-sb"), done, progress);
        double[] b = run(model, bPars, mu, streams.child("toys-b"), done, progress);
        Arrays.sort(sb);
        Arrays.sort(b);
        return new Ensembles(obs, sb, b);
    }

    /**
     * Tests a POI value with toys.
     *
     * @param mu the tested POI value
     * @param data the observed data
     * @param progress called with the number of toys done, or {@code null}
     * @return CLs observed and the expected band (p_0 and its band for q_0)
     */
    public HypoTestResult hypotest(double mu, ObservedData data, LongConsumer progress) {
        Ensembles e = ensembles(mu, data, progress);
        double clsb = tail(e.signalPlusBackground(), e.observed());
        double clb = tail(e.backgroundOnly(), e.observed());
        double cls = clb == 0 ? 0 : clsb / clb;
        double[] perToy = new double[e.backgroundOnly().length];
        for (int i = 0; i < perToy.length; i++) {
            double v = e.backgroundOnly()[i];
            double s = tail(e.signalPlusBackground(), v);
            double bb = tail(e.backgroundOnly(), v);
            perToy[i] = stat == TestStatistic.Q0 ? s : (bb == 0 ? 0 : s / bb);
        }
        Arrays.sort(perToy);
        double[] band = new double[5];
        int k = 0;
        for (double n : new double[] {-2, -1, 0, 1, 2}) {
            band[k++] = percentile(perToy, Distributions.normalCdf(n));
        }
        return new HypoTestResult(
                mu,
                stat,
                e.observed(),
                stat == TestStatistic.Q0 ? clsb : cls,
                band,
                clsb,
                clb,
                provenance());
    }

    /** The fitter's provenance with the test statistic, the toys and their seed. */
    private Provenance provenance() {
        Provenance base = fitter.provenance();
        Map<String, String> config = new LinkedHashMap<>(base.config());
        config.put("test_statistic", stat.pyhfName());
        config.put("calculator", "toybased");
        config.put("toys", Integer.toString(toys));
        config.put("toy_streams", streams.path());
        return Provenance.of("stats.infer.ToyCalculator", config, streams.seed(), base.inputs());
    }

    /** Fraction of sorted values ≥ x. */
    static double tail(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (sorted.length - lo) / (double) sorted.length;
    }

    /** Linear-interpolation percentile of sorted values (numpy's default), p in [0, 1]. */
    static double percentile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double f = pos - i;
        return sorted[i] + f * (sorted[i + 1] - sorted[i]);
    }

    private double[] run(
            Model model,
            double[] pars,
            double mu,
            RandomStreams ensemble,
            AtomicLong done,
            LongConsumer progress) {
        double[] out = new double[toys];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = (toys + threads - 1) / threads;
            for (int start = 0; start < toys; start += chunk) {
                final int from = start;
                final int to = Math.min(toys, start + chunk);
                futures.add(
                        pool.submit(
                                () -> {
                                    for (int i = from; i < to; i++) {
                                        ObservedData toy = model.sample(pars, ensemble.stream(i));
                                        out[i] =
                                                TestStatistics.evaluate(stat, mu, toy, fitter)
                                                        .value();
                                        long n = done.incrementAndGet();
                                        if (progress != null) {
                                            progress.accept(n);
                                        }
                                    }
                                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new FitFailedException("toy failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FitFailedException("toys interrupted");
        } finally {
            pool.shutdownNow();
        }
        return out;
    }
}
