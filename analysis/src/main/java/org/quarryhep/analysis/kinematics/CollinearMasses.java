package org.quarryhep.analysis.kinematics;

import org.quarryhep.core.FourMomentum;

/**
 * The collinear approximation for a τ decaying to a visible product and neutrinos (Ellis,
 * Hinchliffe, Soldate &amp; van der Bij, Nucl. Phys. B297 (1988) 221; as used by CMS in
 * arXiv:1911.10267): the neutrinos fly along the visible product, so the τ carries a fraction x_τ
 * of its momentum as visible and M_col = m_vis/√x_τ. {@code ../shared/docs/physics-formulas.md}
 * §13.4 gives both forms of x_τ.
 */
public final class CollinearMasses {
    private CollinearMasses() {}

    /**
     * x_τ in the seed's magnitude form: |p⃗_T^vis| / (|p⃗_T^vis| + |p⃗_T^miss|).
     *
     * @param tauVisible the τ's visible decay product
     * @param metX missing p_x, GeV
     * @param metY missing p_y, GeV
     * @return x_τ in (0, 1]; NaN when the visible product has no p_T
     */
    public static double xTau(FourMomentum tauVisible, double metX, double metY) {
        double pt = tauVisible.pt();
        return pt == 0 ? Double.NaN : pt / (pt + Math.hypot(metX, metY));
    }

    /**
     * x_τ in the projected form: |p⃗_T^vis| / (|p⃗_T^vis| + max(0, p⃗_T^miss · p̂_T^vis)), only the
     * missing momentum along the visible product counted.
     *
     * @param tauVisible the τ's visible decay product
     * @param metX missing p_x, GeV
     * @param metY missing p_y, GeV
     * @return x_τ in (0, 1]; NaN when the visible product has no p_T
     */
    public static double xTauProjected(FourMomentum tauVisible, double metX, double metY) {
        double pt = tauVisible.pt();
        if (pt == 0) {
            return Double.NaN;
        }
        double along = (metX * tauVisible.px() + metY * tauVisible.py()) / pt;
        return pt / (pt + Math.max(0, along));
    }

    /**
     * M_col = m_vis/√x_τ with x_τ in the magnitude form.
     *
     * @param tauVisible the τ's visible decay product
     * @param other the other decay product of the parent (e.g. the prompt muon)
     * @param metX missing p_x, GeV
     * @param metY missing p_y, GeV
     * @return M_col, GeV
     */
    public static double mCol(
            FourMomentum tauVisible, FourMomentum other, double metX, double metY) {
        return tauVisible.plus(other).mass() / Math.sqrt(xTau(tauVisible, metX, metY));
    }

    /**
     * M_col = m_vis/√x_τ with x_τ in the projected form.
     *
     * @param tauVisible the τ's visible decay product
     * @param other the other decay product of the parent
     * @param metX missing p_x, GeV
     * @param metY missing p_y, GeV
     * @return M_col, GeV
     */
    public static double mColProjected(
            FourMomentum tauVisible, FourMomentum other, double metX, double metY) {
        return tauVisible.plus(other).mass() / Math.sqrt(xTauProjected(tauVisible, metX, metY));
    }
}
