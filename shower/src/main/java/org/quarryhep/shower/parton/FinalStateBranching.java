package org.quarryhep.shower.parton;

/**
 * Exact kinematics of one final-state branching i → i′ j with recoiler k, in the dipole rest frame
 * (the CS final–final map, extended to masses): the branching pair gets the invariant mass m_ij,
 * the recoiler keeps its mass and stays back-to-back, so p_i + p_k = p_i′ + p_j + p_k′ exactly; z
 * is the light-cone fraction of the pair's momentum along its direction that i′ keeps.
 */
final class FinalStateBranching {
    private FinalStateBranching() {}

    /**
     * The new momenta {i′, j, k′}, or {@code null} when the point is outside phase space.
     *
     * @param pi radiator momentum
     * @param pk recoiler momentum (may be a composite: the rest of a decay system)
     * @param mij2 invariant mass² of the new pair
     * @param z light-cone fraction of i′
     * @param mi mass of i′
     * @param mj mass of j
     * @param phi azimuth of i′ around the pair direction
     */
    static double[][] branch(
            double[] pi, double[] pk, double mij2, double z, double mi, double mj, double phi) {
        double[] ptot = Vectors.add(pi, pk);
        double s = Vectors.m2(ptot);
        double mk2 = Math.max(0, Vectors.m2(pk));
        double rs = Math.sqrt(s);
        if (Math.sqrt(mij2) + Math.sqrt(mk2) >= rs) {
            return null;
        }
        double pt2 = z * (1 - z) * mij2 - (1 - z) * mi * mi - z * mj * mj;
        if (!(pt2 > 0) || z <= 0 || z >= 1) {
            return null;
        }
        double[] ri = Vectors.toRest(pi, ptot);
        double li = Math.sqrt(ri[0] * ri[0] + ri[1] * ri[1] + ri[2] * ri[2]);
        double[] n = {ri[0] / li, ri[1] / li, ri[2] / li};
        double pabs = Math.sqrt(Math.max(0, Vectors.kallen(s, mij2, mk2))) / (2 * rs);
        double eij = (s + mij2 - mk2) / (2 * rs);
        double ek = rs - eij;
        double plus = eij + pabs;
        double ipPlus = z * plus;
        double ipMinus = (mi * mi + pt2) / ipPlus;
        double jpPlus = (1 - z) * plus;
        double jpMinus = (mj * mj + pt2) / jpPlus;
        double[][] e = Vectors.perpendicular(n);
        double pt = Math.sqrt(pt2);
        double tx = pt * (Math.cos(phi) * e[0][0] + Math.sin(phi) * e[1][0]);
        double ty = pt * (Math.cos(phi) * e[0][1] + Math.sin(phi) * e[1][1]);
        double tz = pt * (Math.cos(phi) * e[0][2] + Math.sin(phi) * e[1][2]);
        double il = 0.5 * (ipPlus - ipMinus);
        double jl = 0.5 * (jpPlus - jpMinus);
        double[] newI = {il * n[0] + tx, il * n[1] + ty, il * n[2] + tz, 0.5 * (ipPlus + ipMinus)};
        double[] newJ = {jl * n[0] - tx, jl * n[1] - ty, jl * n[2] - tz, 0.5 * (jpPlus + jpMinus)};
        double[] newK = {-pabs * n[0], -pabs * n[1], -pabs * n[2], ek};
        return new double[][] {
            Vectors.fromRest(newI, ptot), Vectors.fromRest(newJ, ptot), Vectors.fromRest(newK, ptot)
        };
    }
}
