package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.ml.nn.TrainingResult;
import org.quarryhep.pipeline.extension.ExtensionContext;

/**
 * Trains the ratio-of-signed-mixtures pair (PP, PN) parametrised in θ = (m_S, Γ_S) at the width
 * scan's κ, on the pool reweighted exactly to fixed widths ({@link PartonPool#bsm(double, double,
 * double)}), with the same architecture and training as the (m_S, κ) networks. The direct network
 * is not trained: on (m_S, κ) it learnt nothing (README).
 */
final class WidthTraining implements AutoCloseable {
    private final List<DipConfig.Point> thetas;
    private final DipConfig.WidthScan config;
    private final TrainingResult positive;
    private final TrainingResult negative;
    private final LearnedRatio ratio;
    private final Map<String, Object> networks;

    private WidthTraining(
            List<DipConfig.Point> thetas,
            DipConfig.WidthScan config,
            TrainingResult positive,
            TrainingResult negative,
            LearnedRatio ratio,
            Map<String, Object> networks) {
        this.thetas = thetas;
        this.config = config;
        this.positive = positive;
        this.negative = negative;
        this.ratio = ratio;
        this.networks = networks;
    }

    /**
     * Trains PP and PN and saves them under {@code DIR/dip-hunting/models/width-*.json}.
     *
     * @param pool the pool
     * @param ws the width scan (training points, κ)
     * @param cfg the study (network shape, calibration)
     * @param streams seeds
     * @param context the run (progress, output directory)
     * @return the trained pair and its learned ratio
     * @throws IOException when a model cannot be saved
     */
    static WidthTraining train(
            PartonPool pool,
            DipConfig.WidthScan ws,
            DipConfig cfg,
            RandomStreams streams,
            ExtensionContext context)
            throws IOException {
        NetworkTheta parameters = NetworkTheta.width(ws.kappa());
        Map<String, Object> networks = new LinkedHashMap<>();
        TrainingResult[] trained = new TrainingResult[2];
        RatioNetworks.Kind[] kinds = {RatioNetworks.Kind.POSITIVE, RatioNetworks.Kind.NEGATIVE};
        for (int j = 0; j < 2; j++) {
            String id = "width-" + kinds[j].name().toLowerCase(java.util.Locale.ROOT);
            context.progress().started("train " + id, cfg.network().epochs(), "epochs");
            TrainingResult r =
                    RatioNetworks.train(
                            pool,
                            parameters,
                            kinds[j],
                            ws.train(),
                            cfg.network(),
                            streams,
                            e -> context.progress().progress(e.epoch()));
            trained[j] = r;
            networks.put(id, RatioNetworks.save(r, context.outputDir(), id));
        }
        LearnedRatio ratio =
                new LearnedRatio(
                        null, trained[0].model(), trained[1].model(), pool, cfg.calibration());
        return new WidthTraining(ws.train(), ws, trained[0], trained[1], ratio, networks);
    }

    /** The learned ratio (PP/PN recombined, calibrated as the (m_S, κ) one). */
    LearnedRatio ratio() {
        return ratio;
    }

    /**
     * The results.json entry: training points, networks and the closure at the held-out points.
     *
     * @param fits the width scan's network fits (for the closure on its held-out events)
     * @return the entry
     */
    Map<String, Object> entry(WidthNetworkFits fits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kappa", config.kappa());
        m.put("theta", "(m_s, width_gev) at fixed kappa");
        List<Object> points = new ArrayList<>();
        for (DipConfig.Point p : thetas) {
            points.add(Map.of("m_s", p.mS(), "width_gev", p.kappa()));
        }
        m.put("training_points", points);
        m.put("networks", networks);
        List<Object> closure = new ArrayList<>();
        for (DipConfig.Point p : config.closure()) {
            closure.add(fits.closure(p));
        }
        m.put("closure", closure);
        return m;
    }

    @Override
    public void close() {
        positive.model().close();
        negative.model().close();
    }
}
