package org.quarryhep.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.stats.Model;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.HypoTestResult;
import org.quarryhep.stats.infer.TestStatistic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry hypotest}: CLs observed and expected at one POI value. */
@Command(
        name = "hypotest",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "CLs (observed and the expected band) at a POI value.",
            "The text output lists the band from n_sigma = -2 to +2, as quarry limit does; in the"
                    + " JSON, cls_exp keeps pyhf's order (n_sigma = 2, 1, 0, -1, -2) and"
                    + " cls_exp_by_n_sigma names each value."
        })
final class HypotestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WorkspaceOptions input;

    @Option(names = "--mu", required = true, description = "POI value to test")
    double mu;

    @Option(
            names = "--test-stat",
            defaultValue = "qtilde",
            description = "qtilde, q, q0 or tmu (two-sided; give the POI a negative lower bound)")
    String testStat;

    @Mixin ToyOptions toys;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TestStatistic stat = parseStat(testStat);
        toys.check(spec);
        if (!Double.isFinite(mu)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--mu must be a finite number, got " + mu);
        }
        Model model = input.load(System.in);
        double lo = model.lowerBounds()[model.poiIndex()];
        double hi = model.upperBounds()[model.poiIndex()];
        if (mu < lo || mu > hi) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--mu "
                            + mu
                            + " is outside the bounds of "
                            + model.poiName()
                            + ", ["
                            + lo
                            + ", "
                            + hi
                            + "], set in the workspace's measurement");
        }
        warnIfTwoSidedOnBoundedPoi(stat, model);
        Fitter fitter = Fitter.of(model);
        HypoTestResult r;
        if (toys.enabled()) {
            r = toys.hypotest(model, fitter, stat, mu);
        } else {
            r = new AsymptoticCalculator(fitter, stat).hypotest(mu, model.observedData());
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mu", Double.toString(mu));
        config.put("test_stat", stat.pyhfName());
        config.put("toys", Integer.toString(toys.count));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cls_obs", r.clsObserved());
            out.put("cls_exp", r.clsExpected());
            out.put("cls_exp_by_n_sigma", byNSigma(r.clsExpected(), PYHF_N_SIGMA));
            out.put("clsb_obs", r.clsbObserved());
            out.put("clb_obs", r.clbObserved());
            out.put("mu", mu);
            out.put("test_stat", stat.pyhfName());
            out.put("test_statistic_value", r.testStatisticValue());
            out.put("calctype", toys.enabled() ? "toybased" : "asymptotics");
            out.put(
                    "provenance",
                    input.provenance("stats.hypotest", config, toys.provenanceSeed()));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            String what = stat == TestStatistic.Q0 ? "p0" : "CLs";
            w.printf("%s observed at %s = %s: %.8g%n", what, model.poiName(), mu, r.clsObserved());
            w.printf(
                    "%s expected (n_sigma -2, -1, 0, +1, +2): %s%n",
                    what, Arrays.toString(ascending(r.clsExpected(), PYHF_N_SIGMA)));
            w.flush();
        }
        return 0;
    }

    /** The n_sigma of each entry of pyhf's expected set, in pyhf's order. */
    static final int[] PYHF_N_SIGMA = {2, 1, 0, -1, -2};

    /** The expected values keyed by n_sigma ("-2" … "2"), whatever order they come in. */
    static Map<String, Double> byNSigma(double[] values, int[] nSigma) {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] asc = ascending(values, nSigma);
        for (int i = 0; i < asc.length; i++) {
            m.put(Integer.toString(i - 2), asc[i]);
        }
        return m;
    }

    /** The values reordered to n_sigma = -2, -1, 0, +1, +2. */
    static double[] ascending(double[] values, int[] nSigma) {
        double[] out = new double[5];
        for (int i = 0; i < 5; i++) {
            out[nSigma[i] + 2] = values[i];
        }
        return out;
    }

    private void warnIfTwoSidedOnBoundedPoi(TestStatistic stat, Model model) {
        double poiLowerBound = model.lowerBounds()[model.poiIndex()];
        if (stat == TestStatistic.TMU && poiLowerBound >= 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "quarry hypotest: warning: tmu with %s bounded below at %s: its"
                                    + " asymptotic distribution assumes an unbounded POI; set a"
                                    + " negative lower bound in the measurement or use qtilde%n",
                            model.poiName(), poiLowerBound);
        }
    }

    static TestStatistic parseStat(String text) {
        try {
            return TestStatistic.parse(text);
        } catch (IllegalArgumentException e) {
            throw new org.quarryhep.core.QuarryException("--test-stat: " + e.getMessage());
        }
    }
}
