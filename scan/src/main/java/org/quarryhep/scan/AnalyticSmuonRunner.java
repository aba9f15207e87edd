package org.quarryhep.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.stats.Distributions;

/**
 * A smuon-like model computed without the event chain, for tests, examples and timing: pair
 * production σ(m) = σ₁₀₀ (100 GeV/m)^n, each smuon decays at rest to μ + χ̃ with momentum p* = (m²
 * − m_χ²)/2m and an isotropic direction, an event passes when both muons have p_T = p* sin θ above
 * a cut. The efficiency is estimated by Monte Carlo with the point's seed (exact value 1 − (c/p*)²
 * per muon, squared), so seeds matter and MC errors are real; the observed count is a Poisson draw
 * around the background (background-only pseudo-data), and CLs, limits and significance follow from
 * {@link GaussianCls} with the yields' uncertainty ({@link CountingYields}).
 *
 * <p>It is not a physics prediction: it gives a scan plane with the shape of a real smuon exclusion
 * (a reach in m_smuon, a compressed diagonal without sensitivity) at a cost per point set by {@code
 * mc_events}.
 */
public final class AnalyticSmuonRunner implements PointRunner {
    /** The band suffixes of expected quantities, N = −2 … +2. */
    static final List<String> BANDS = List.of("exp_m2", "exp_m1", "exp", "exp_p1", "exp_p2");

    private static final double ALPHA = 0.05;

    private final String massParameter;
    private final String lspParameter;
    private final double sigma100Fb;
    private final double power;
    private final double luminosityFb;
    private final double background;
    private final double backgroundSystematic;
    private final double backgroundMcError;
    private final double ptCut;
    private final long mcEvents;
    private final List<Specs.Projection> projections;

    private AnalyticSmuonRunner(
            Map<String, Double> s, Map<String, String> names, List<Specs.Projection> projections) {
        this.massParameter = names.get("mass_parameter");
        this.lspParameter = names.get("lsp_parameter");
        this.sigma100Fb = s.get("sigma_fb_at_100");
        this.power = s.get("sigma_power");
        this.luminosityFb = s.get("luminosity_fb");
        this.background = s.get("background");
        this.backgroundSystematic = s.get("background_syst");
        this.backgroundMcError = s.get("background_mc_error");
        this.ptCut = s.get("pt_cut");
        this.mcEvents = Math.round(s.get("mc_events"));
        this.projections = projections;
    }

    /**
     * The runner a scan definition describes ({@code runner: {type: analytic-smuon, ...}}).
     *
     * @throws ScanException naming the missing or bad setting
     */
    public static AnalyticSmuonRunner from(ScanDefinition def) {
        Map<String, String> settings = def.runner().settings();
        List<String> numeric =
                List.of(
                        "sigma_fb_at_100",
                        "sigma_power",
                        "luminosity_fb",
                        "background",
                        "background_syst",
                        "background_mc_error",
                        "pt_cut",
                        "mc_events");
        List<String> names = List.of("mass_parameter", "lsp_parameter");
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : settings.keySet()) {
            if (!numeric.contains(key) && !names.contains(key)) {
                throw new ScanException(
                        "/runner/"
                                + key
                                + ": unknown setting of analytic-smuon; allowed: "
                                + String.join(", ", numeric)
                                + ", "
                                + String.join(", ", names),
                        def.source());
            }
        }
        for (String key : numeric) {
            String v = settings.get(key);
            if (v == null) {
                throw new ScanException("/runner/" + key + ": is required", def.source());
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new ScanException(
                        "/runner/" + key + ": must be a number, got " + v, def.source());
            }
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new ScanException(
                        "/runner/" + key + ": must be >= 0, got " + v, def.source());
            }
            values.put(key, d);
        }
        if (!(values.get("luminosity_fb") > 0) || !(values.get("mc_events") >= 1)) {
            throw new ScanException(
                    "/runner: luminosity_fb must be > 0 and mc_events >= 1", def.source());
        }
        params.put("mass_parameter", settings.getOrDefault("mass_parameter", "m_smuon"));
        params.put("lsp_parameter", settings.getOrDefault("lsp_parameter", "m_chi"));
        for (String p : params.values()) {
            if (def.parameters().stream().noneMatch(a -> a.name().equals(p))) {
                throw new ScanException(
                        "/runner: analytic-smuon needs scan parameter '" + p + "'", def.source());
            }
        }
        return new AnalyticSmuonRunner(values, params, def.projections());
    }

    @Override
    public Map<String, Double> run(ScanPoint point) {
        double m = point.get(massParameter);
        double mLsp = point.get(lspParameter);
        if (!(m > 0) || mLsp < 0 || mLsp >= m) {
            throw new ScanException(
                    "analytic-smuon needs 0 <= "
                            + lspParameter
                            + " < "
                            + massParameter
                            + ", got "
                            + point.parameters());
        }
        SplittableRandom rng = new SplittableRandom(point.seed());
        double pStar = (m * m - mLsp * mLsp) / (2 * m);
        long pass = 0;
        for (long i = 0; i < mcEvents; i++) {
            if (muonPasses(pStar, rng) & muonPasses(pStar, rng)) {
                pass++;
            }
        }
        double efficiency = (double) pass / mcEvents;
        double efficiencyError = Math.sqrt(efficiency * (1 - efficiency) / mcEvents);
        double crossSectionFb = sigma100Fb * Math.pow(100.0 / m, power);
        double signal = crossSectionFb * luminosityFb * efficiency;
        CountingYields yields =
                new CountingYields(
                        luminosityFb,
                        signal,
                        background,
                        crossSectionFb * luminosityFb * efficiencyError,
                        background * backgroundMcError,
                        backgroundSystematic);
        long observed = Distributions.poisson(background, rng);
        double sigma = yields.sigmaMu();
        double muHat = signal > 0 ? (observed - background) / signal : Double.NaN;

        Map<String, Double> out = new LinkedHashMap<>();
        out.put("cross_section_fb", crossSectionFb);
        out.put("efficiency", efficiency);
        out.put("efficiency_mc_error", efficiencyError);
        out.put("signal", signal);
        out.put("background", background);
        out.put("observed", (double) observed);
        out.put("mu_hat", muHat);
        out.put("sigma_mu", sigma);
        out.put("cls_obs", signal > 0 ? GaussianCls.cls(1, muHat, sigma) : 1.0);
        putExpected(out, "cls", sigma, "");
        out.put(
                "limit_obs",
                signal > 0
                        ? GaussianCls.upperLimit(muHat, sigma, ALPHA)
                        : Double.POSITIVE_INFINITY);
        putExpectedLimits(out, "limit", sigma, "");
        out.put("significance_obs", signal > 0 ? muHat / sigma : 0.0);
        out.put("significance_exp", 1 / sigma);
        for (Specs.Projection p : projections) {
            for (Specs.SystematicsScheme scheme : p.schemes()) {
                CountingYields projected = yields.atLuminosity(p.luminosityFb(), scheme);
                String prefix = projectionPrefix(p.luminosityFb(), scheme);
                putExpected(out, "cls", projected.sigmaMu(), prefix);
                putExpectedLimits(out, "limit", projected.sigmaMu(), prefix);
            }
        }
        return out;
    }

    /** The prefix of a projection's result keys, e.g. {@code proj3000_halved_}. */
    public static String projectionPrefix(double luminosityFb, Specs.SystematicsScheme scheme) {
        String l =
                luminosityFb == Math.rint(luminosityFb)
                        ? Long.toString((long) luminosityFb)
                        : Double.toString(luminosityFb);
        return "proj" + l + "_" + scheme.label().replace('-', '_') + "_";
    }

    private static void putExpected(
            Map<String, Double> out, String stem, double sigma, String prefix) {
        for (int n = -2; n <= 2; n++) {
            out.put(prefix + stem + "_" + BANDS.get(n + 2), GaussianCls.expectedCls(1, sigma, n));
        }
    }

    private static void putExpectedLimits(
            Map<String, Double> out, String stem, double sigma, String prefix) {
        for (int n = -2; n <= 2; n++) {
            out.put(
                    prefix + stem + "_" + BANDS.get(n + 2),
                    GaussianCls.expectedUpperLimit(sigma, n, ALPHA));
        }
    }

    private boolean muonPasses(double pStar, SplittableRandom rng) {
        double cosTheta = 2 * rng.nextDouble() - 1;
        return pStar * Math.sqrt(1 - cosTheta * cosTheta) > ptCut;
    }
}
