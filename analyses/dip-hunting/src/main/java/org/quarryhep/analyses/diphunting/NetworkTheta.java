package org.quarryhep.analyses.diphunting;

import java.util.ArrayList;
import java.util.List;

/**
 * What the networks' θ is: (m_S, κ) with the derived width (the study's networks), or (m_S, Γ_S) at
 * one fixed κ (the width scan's network). A {@link DipConfig.Point}'s second coordinate is κ or Γ_S
 * (GeV) accordingly, as in {@link DipConfig.WidthScan}.
 *
 * @param feature the network input holding the second coordinate
 * @param fixedKappa κ of every point when the second coordinate is Γ_S; NaN for (m_S, κ)
 */
record NetworkTheta(String feature, double fixedKappa) {
    /** θ = (m_S, κ), the width derived from them. */
    static final NetworkTheta COUPLING = new NetworkTheta("kappa", Double.NaN);

    /**
     * θ = (m_S, Γ_S) at a fixed κ.
     *
     * @param kappa κ
     * @return the parametrisation
     */
    static NetworkTheta width(double kappa) {
        return new NetworkTheta("width", kappa);
    }

    /**
     * The network inputs: x, then θ.
     *
     * @param inputs the observables x
     * @return their names, then m_S and θ's second coordinate
     */
    List<String> features(FeatureSet inputs) {
        List<String> out = new ArrayList<>(inputs.names());
        out.add("m_s");
        out.add(feature);
        return List.copyOf(out);
    }

    /** The pool's BSM weights at a point (pb per event). */
    PartonPool.Bsm bsm(PartonPool pool, DipConfig.Point p) {
        return Double.isNaN(fixedKappa)
                ? pool.bsm(p.mS(), p.kappa())
                : pool.bsm(p.mS(), fixedKappa, p.kappa());
    }

    /** The pool's exact shares at a point (dσ_θ/dσ_SM = 1 + signal + interference). */
    PartonPool.Bsm shares(PartonPool pool, DipConfig.Point p) {
        return Double.isNaN(fixedKappa)
                ? pool.shares(p.mS(), p.kappa())
                : pool.shares(p.mS(), fixedKappa, p.kappa());
    }
}
