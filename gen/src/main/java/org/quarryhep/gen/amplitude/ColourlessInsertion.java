package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A colourless fermion pair (ℓ⁺ℓ⁻, νν̄, ℓν) that couples to the quark line of {@link
 * OrderedAmplitudes} through one vector boson (γ, Z or W, s- or t-channel): per helicity pair the
 * two vectors E_L, E_R of the insertion i γ_μ (E_L^μ P_L + E_R^μ P_R) on the quark line, with
 * E_{L,R} = Σ_V c_{L,R}^q(V) (L_V − P (P·L_V)/m_V²)/(P² − m_V² + i m_V Γ_V) and L_V^ν = ψ̄ γ^ν
 * (c_L^ℓ P_L + c_R^ℓ P_R) ψ the pair's current — the couplings of {@link FermionVertices}, the
 * unitary-gauge propagator and width rule of {@link OffShellRecursion}. Being colour-neutral, it
 * enters every colour order at every position along the line, which the recursion sums.
 */
final class ColourlessInsertion {
    private final int rowLeg;
    private final int columnLeg;
    private final double[] bosons;
    private final boolean sChannel;

    private ColourlessInsertion(int rowLeg, int columnLeg, double[] bosons, boolean sChannel) {
        this.rowLeg = rowLeg;
        this.columnLeg = columnLeg;
        this.bosons = bosons;
        this.sChannel = sChannel;
    }

    /**
     * The insertion of a massless lepton pair on a quark line, or null when no single γ, Z or W
     * joins them (or another colourless content).
     *
     * @param model couplings, masses and widths
     * @param crossed crossed-incoming PDG ids
     * @param nIn the number of incoming particles
     * @param quark the crossed quark (column) and antiquark (row) of the line
     * @param antiquark the crossed antiquark
     * @param colourless the colourless particles' indices
     * @param excluded |PDG| ids that may not propagate
     */
    static ColourlessInsertion of(
            AmplitudeModel model,
            int[] crossed,
            int nIn,
            int quark,
            int antiquark,
            List<Integer> colourless,
            Set<Integer> excluded) {
        if (colourless.size() != 2 || quark < 0) {
            return null;
        }
        int a = colourless.get(0);
        int b = colourless.get(1);
        int row = crossed[a] < 0 ? a : b;
        int column = row == a ? b : a;
        int lr = Math.abs(crossed[row]);
        int lc = Math.abs(crossed[column]);
        if (crossed[row] >= 0
                || crossed[column] <= 0
                || lr < 11
                || lr > 16
                || lc < 11
                || lc > 16
                || model.mass(lr) != 0
                || model.mass(lc) != 0) {
            return null;
        }
        int qr = Math.abs(crossed[antiquark]);
        int qc = Math.abs(crossed[quark]);
        List<Integer> species = new ArrayList<>();
        if (qr == qc && lr == lc) {
            if (Particle.byPdg(lr).charge() != 0) {
                species.add(22);
            }
            species.add(23);
        } else if (qr != qc && lr != lc && partners(qr, qc) && partners(lr, lc)) {
            species.add(24);
        } else {
            return null;
        }
        species.removeIf(excluded::contains);
        if (species.isEmpty()) {
            return null;
        }
        double[] bosons = new double[6 * species.size()];
        for (int k = 0; k < species.size(); k++) {
            int v = species.get(k);
            double[] lepton = FermionVertices.vectorCoupling(model, Math.min(lr, lc), v);
            double[] q = FermionVertices.vectorCoupling(model, Math.min(qr, qc), v);
            bosons[6 * k] = model.mass(v);
            bosons[6 * k + 1] = model.width(v);
            bosons[6 * k + 2] = lepton[0];
            bosons[6 * k + 3] = lepton[1];
            bosons[6 * k + 4] = q[0];
            bosons[6 * k + 5] = q[1];
        }
        int incoming = (1 << nIn) - 1;
        int m = ((1 << row) | (1 << column)) & incoming;
        return new ColourlessInsertion(row, column, bosons, m == 0 || m == incoming);
    }

    private static boolean partners(int x, int y) {
        return (x % 2 == 0 ? x - 1 : x + 1) == y;
    }

    /** The colourless particles' mask. */
    int mask() {
        return (1 << rowLeg) | (1 << columnLeg);
    }

    /**
     * Writes E_L (8 doubles) and E_R (the next 8) per helicity configuration of the pair (the lower
     * particle index fastest) from {@code out[offset]}.
     *
     * @param wavefunctions the external wavefunctions
     * @param p physical momenta, incoming first
     * @param nIn the number of incoming particles
     * @param out the buffer
     * @param offset where the blocks start
     */
    void evaluate(
            ExternalWavefunctions wavefunctions, double[][] p, int nIn, double[] out, int offset) {
        double[] q = new double[4];
        for (int mu = 0; mu < 4; mu++) {
            q[mu] =
                    (rowLeg < nIn ? p[rowLeg][mu] : -p[rowLeg][mu])
                            + (columnLeg < nIn ? p[columnLeg][mu] : -p[columnLeg][mu]);
        }
        double q2 = q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - q[3] * q[3];
        int rowStates = wavefunctions.helicityStates(rowLeg);
        int columnStates = wavefunctions.helicityStates(columnLeg);
        double[] current = new double[8];
        for (int hr = 0; hr < rowStates; hr++) {
            double[] r = wavefunctions.wavefunction(rowLeg, p[rowLeg], hr);
            for (int hc = 0; hc < columnStates; hc++) {
                double[] c = wavefunctions.wavefunction(columnLeg, p[columnLeg], hc);
                int h = rowLeg < columnLeg ? hr + rowStates * hc : hc + columnStates * hr;
                int o = offset + 16 * h;
                java.util.Arrays.fill(out, o, o + 16, 0);
                for (int k = 0; k < bosons.length; k += 6) {
                    leptonCurrent(r, c, bosons[k + 2], bosons[k + 3], current);
                    propagate(current, q, q2, bosons[k], sChannel ? bosons[k + 1] : 0);
                    for (int j = 0; j < 8; j++) {
                        out[o + j] += bosons[k + 4] * current[j];
                        out[o + 8 + j] += bosons[k + 5] * current[j];
                    }
                }
            }
        }
    }

    /** L^ν = r γ^ν (cL P_L + cR P_R) c (P_L the upper two components). */
    private static void leptonCurrent(double[] r, double[] c, double cl, double cr, double[] out) {
        for (int nu = 0; nu < 4; nu++) {
            double[] g = Dirac.GAMMA[nu];
            double re = 0;
            double im = 0;
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    double gr = g[2 * (4 * i + j)];
                    double gi = g[2 * (4 * i + j) + 1];
                    if (gr == 0 && gi == 0) {
                        continue;
                    }
                    double chi = j < 2 ? cl : cr;
                    // r_i g_ij c_j
                    double xr = r[2 * i] * gr - r[2 * i + 1] * gi;
                    double xi = r[2 * i] * gi + r[2 * i + 1] * gr;
                    re += chi * (xr * c[2 * j] - xi * c[2 * j + 1]);
                    im += chi * (xr * c[2 * j + 1] + xi * c[2 * j]);
                }
            }
            out[2 * nu] = re;
            out[2 * nu + 1] = im;
        }
    }

    /** L → (L − q (q·L)/m²)/(q² − m² + i m Γ) (L/q² for a massless boson). */
    private static void propagate(double[] l, double[] q, double q2, double m, double w) {
        if (m > 0) {
            double qlr = 0;
            double qli = 0;
            for (int mu = 0; mu < 4; mu++) {
                double g = mu == 0 ? 1 : -1;
                qlr += g * q[mu] * l[2 * mu];
                qli += g * q[mu] * l[2 * mu + 1];
            }
            for (int mu = 0; mu < 4; mu++) {
                l[2 * mu] -= q[mu] * qlr / (m * m);
                l[2 * mu + 1] -= q[mu] * qli / (m * m);
            }
        }
        double dr = q2 - m * m;
        double di = m * w;
        double dd = dr * dr + di * di;
        double ir = dr / dd;
        double ii = -di / dd;
        for (int mu = 0; mu < 4; mu++) {
            double re = l[2 * mu];
            double im = l[2 * mu + 1];
            l[2 * mu] = re * ir - im * ii;
            l[2 * mu + 1] = re * ii + im * ir;
        }
    }
}
