package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;

/**
 * MadGraph's k_T jet measure for hadron collisions, the one its {@code xqcut} and its CKKW/MLM
 * clustering use (MG5 {@code kin_functions.f}, {@code DJ} and {@code DJB} for {@code lpp ≠ 0}): for
 * two partons d_ij = 2 min(m_T,i², m_T,j²)(cosh Δη − cos Δφ), for a parton and the beam d_iB =
 * m_T,i² = E² − p_z², with m_T² = p_T² + m². For small separations d_ij → min(p_T²) ΔR², the k_T
 * algorithm with R = 1; the cosh − cos form keeps it exact at wide angles.
 */
public final class KtMeasure {
    private KtMeasure() {}

    /**
     * The distance between two partons, GeV².
     *
     * @param a one parton
     * @param b the other
     * @return d_ij
     */
    public static double between(FourMomentum a, FourMomentum b) {
        double cosDphi = (a.px() * b.px() + a.py() * b.py()) / (a.pt() * b.pt());
        return 2 * Math.min(toBeam(a), toBeam(b)) * (Math.cosh(a.eta() - b.eta()) - cosDphi);
    }

    /**
     * The distance between a parton and the beam, GeV²: m_T² = E² − p_z².
     *
     * @param a the parton
     * @return d_iB
     */
    public static double toBeam(FourMomentum a) {
        return Math.max((a.e() - a.pz()) * (a.e() + a.pz()), 0);
    }
}
