package org.quarryhep.analyses.diphunting;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network parametrised in θ = (m_S, Γ_S) at the width scan's fixed κ, as a model of the width
 * scan's data ({@link WidthScan}): the recombined PP/PN ratio calibrated in its own output as the
 * (m_S, κ) network is ({@link HeldOutFits}). Per θ (ln r̂(x|θ) as its own summary) and two-step
 * (the summary at θ̃ = the per-θ fit's best node of the same data set, calibrated at every node),
 * the two-step fit being the network's result. Points are {@link DipConfig.Point}s whose second
 * coordinate is Γ_S (GeV).
 */
final class WidthNetworkFits {
    private final PartonPool pool;
    private final LearnedRatio ratio;
    private final NetworkTheta parameters;
    private final CompatibilityScan.HeldOut held;
    private final List<DipConfig.Point> nodes;
    private final double[] rate;
    private final double sigmaSm;
    private final float[][] perTheta;
    private final double[] perThetaNu;
    private final Map<Integer, float[][]> fixedShape = new HashMap<>();
    private final Map<Integer, double[]> fixedNu = new HashMap<>();

    /**
     * Evaluates the per-θ calibrated network at every node.
     *
     * @param pool the pool
     * @param ratio the (m_S, Γ_S) networks
     * @param kappa the scan's κ
     * @param held the held-out events the data live on
     * @param nodes the width scan's points (grid nodes, then injected points)
     * @param rate σ_θ/σ_SM of the held-out events per point, from the exact shares
     */
    WidthNetworkFits(
            PartonPool pool,
            LearnedRatio ratio,
            double kappa,
            CompatibilityScan.HeldOut held,
            List<DipConfig.Point> nodes,
            double[] rate) {
        this.pool = pool;
        this.ratio = ratio;
        this.parameters = NetworkTheta.width(kappa);
        this.held = held;
        this.nodes = nodes;
        this.rate = rate;
        double sw = 0;
        for (double w : held.weight()) {
            sw += w;
        }
        sigmaSm = sw;
        perTheta = new float[nodes.size()][];
        perThetaNu = new double[nodes.size()];
        for (int p = 0; p < nodes.size(); p++) {
            DipConfig.Point pt = nodes.get(p);
            double[] ln =
                    ratio.lnRecombined(
                                    held.events(),
                                    pt.mS(),
                                    pt.kappa(),
                                    parameters.bsm(pool, pt),
                                    parameters.shares(pool, pt))
                            .calibrated();
            perThetaNu[p] = fill(perTheta, p, ln);
        }
    }

    /** Stores ln r̃ = ln r − ln Ê_SM[r] at p; returns ν(θ)/ν_SM = rate · Ê_SM[r]. */
    private double fill(float[][] shapes, int p, double[] ln) {
        double swr = 0;
        for (int k = 0; k < ln.length; k++) {
            swr += held.weight()[k] * Math.exp(ln[k]);
        }
        double meanR = swr / sigmaSm;
        double lnMean = Math.log(meanR);
        float[] shape = new float[ln.length];
        for (int k = 0; k < ln.length; k++) {
            shape[k] = (float) (ln[k] - lnMean);
        }
        shapes[p] = shape;
        return rate[p] * meanR;
    }

    /** t(θ) at every point of the per-θ calibrated network (not minus its minimum). */
    double[] tPerTheta(double[] counts, double lumiIfb) {
        return t(counts, lumiIfb, perTheta, perThetaNu);
    }

    /**
     * t(θ) at every point of the network calibrated in the summary at point {@code tilde}.
     *
     * @param counts the data set
     * @param lumiIfb the luminosity, fb⁻¹
     * @param tilde θ̃'s index
     * @return t per point
     */
    double[] tFixedSummary(double[] counts, double lumiIfb, int tilde) {
        if (!fixedShape.containsKey(tilde)) {
            DipConfig.Point s = nodes.get(tilde);
            LearnedRatio.Summary summary =
                    ratio.summary(held.events(), s.mS(), s.kappa(), parameters.bsm(pool, s));
            float[][] shapes = new float[nodes.size()][];
            double[] nu = new double[nodes.size()];
            for (int p = 0; p < nodes.size(); p++) {
                double[] ln =
                        ratio.calibratedIn(summary, parameters.shares(pool, nodes.get(p))).ln();
                nu[p] = fill(shapes, p, ln);
            }
            fixedShape.put(tilde, shapes);
            fixedNu.put(tilde, nu);
        }
        return t(counts, lumiIfb, fixedShape.get(tilde), fixedNu.get(tilde));
    }

    /**
     * The two-step fit's θ̃: the per-θ calibrated network's best node among the first {@code grid}
     * points (the grid), chosen from the data alone.
     *
     * @param counts the data set
     * @param lumiIfb the luminosity, fb⁻¹
     * @param grid the number of grid nodes
     * @return θ̃'s index
     */
    int firstFit(double[] counts, double lumiIfb, int grid) {
        double[] t = tPerTheta(counts, lumiIfb);
        int best = 0;
        for (int p = 1; p < grid; p++) {
            if (t[p] < t[best]) {
                best = p;
            }
        }
        return best;
    }

    private double[] t(double[] counts, double lumiIfb, float[][] shapes, double[] nuRatio) {
        double nuSm = lumiIfb * 1000 * sigmaSm;
        double n = 0;
        for (double c : counts) {
            n += c;
        }
        double[] t = new double[nodes.size()];
        for (int p = 0; p < t.length; p++) {
            double s = 0;
            float[] l = shapes[p];
            for (int k = 0; k < counts.length; k++) {
                s += counts[k] * l[k];
            }
            t[p] = -2 * s - 2 * n * Math.log(nuRatio[p]) + 2 * nuSm * (nuRatio[p] - 1);
        }
        return t;
    }

    /**
     * The closure at a held-out (m_S, Γ_S): learned (per-θ calibrated, and uncalibrated) minus
     * exact ln r on the held-out events, SM-weighted bias and RMS, and the exact ln r's own RMS.
     * The exact ln r is normalised as the learned one (E_SM[r] = 1 over all the pool's events).
     *
     * @param point θ (second coordinate Γ_S)
     * @return the entry
     */
    Map<String, Object> closure(DipConfig.Point point) {
        PartonPool.Bsm shares = parameters.shares(pool, point);
        double sw = 0;
        double swr = 0;
        for (int i = 0; i < pool.size(); i++) {
            sw += pool.smWeight(i);
            swr += pool.smWeight(i) * (1 + shares.signal()[i] + shares.interference()[i]);
        }
        double lnNorm = Math.log(swr / sw);
        int[] events = held.events();
        LearnedRatio.Recombined learned =
                ratio.lnRecombined(
                        events, point.mS(), point.kappa(), parameters.bsm(pool, point), shares);
        double[] truth = new double[events.length];
        for (int k = 0; k < events.length; k++) {
            int i = events[k];
            truth[k] = Math.log1p(shares.signal()[i] + shares.interference()[i]) - lnNorm;
        }
        double[] cal = moments(learned.calibrated(), truth);
        double[] uncal = moments(learned.uncalibrated(), truth);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("theta", Map.of("m_s", point.mS(), "width_gev", point.kappa()));
        m.put("kappa", parameters.fixedKappa());
        m.put("n_events", events.length);
        m.put("rms_ln_r", cal[1]);
        m.put("bias_ln_r", cal[0]);
        m.put("rms_ln_r_uncalibrated", uncal[1]);
        m.put("bias_ln_r_uncalibrated", uncal[0]);
        m.put("rms_true_ln_r", moments(truth, new double[truth.length])[1]);
        return m;
    }

    /** SM-weighted mean and RMS of a − b over the held-out events. */
    private double[] moments(double[] a, double[] b) {
        double s1 = 0;
        double s2 = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s1 += held.weight()[k] * d;
            s2 += held.weight()[k] * d * d;
        }
        return new double[] {s1 / sigmaSm, Math.sqrt(s2 / sigmaSm)};
    }
}
