package org.quarryhep.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.HypoTestResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.model.Model;
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
            "The expected band is listed from -2 to +2 sigma of the expected-limit band, the order"
                    + " of quarry limit: at the mu of limit's -2 sigma expected limit, the -2 sigma"
                    + " CLs is 1 - CL. pyhf returns the same array (cls_exp) but labels it n_sigma ="
                    + " 2, 1, 0, -1, -2, the shift of its test statistic."
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
            out.put("cls_exp_band", band(r.clsExpected()));
            out.put("clsb_obs", r.clsbObserved());
            out.put("clb_obs", r.clbObserved());
            out.put("mu", mu);
            out.put("test_stat", stat.pyhfName());
            out.put("test_statistic_value", r.testStatisticValue());
            out.put("calctype", toys.enabled() ? "toybased" : "asymptotics");
            out.put("provenance", input.provenance(r.provenance(), config, spec));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            String what = stat == TestStatistic.Q0 ? "p0" : "CLs";
            w.printf("%s observed at %s = %s: %.8g%n", what, model.poiName(), mu, r.clsObserved());
            w.printf(
                    "%s expected (band -2, -1, 0, +1, +2 sigma, as in quarry limit): %s%n",
                    what, Arrays.toString(r.clsExpected()));
            w.flush();
        }
        return 0;
    }

    /**
     * An expected band keyed by its edge, "-2" … "2" sigma of the expected-limit band. Both pyhf's
     * {@code cls_exp} and {@code quarry limit}'s expected limits come in this order (strongest to
     * weakest exclusion).
     */
    static Map<String, Double> band(double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(Integer.toString(i - 2), values[i]);
        }
        return m;
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
            throw new QuarryException("--test-stat: " + e.getMessage());
        }
    }
}
