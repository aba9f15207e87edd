package org.quarryhep.gen.amplitude;

/**
 * The colour-ordered partial amplitudes A_σ(h) of gluons and at most one quark line, for every
 * colour order σ and helicity configuration h, from the colour-ordered Berends–Giele recursion
 * compiled in {@link OrderedProgram} (Berends–Giele, NPB 306 (1988) 759; rules as in Dixon,
 * hep-ph/9601359, here derived in the normalisation T^a = λ^a/2 of {@link ColourChains}).
 *
 * <p>The rules follow from Peskin–Schroeder's vertices (those of {@link GluonVertices}) written for
 * the matrix-valued current J = J^a T^a: f^{abc} J₁^a J₂^b T^c = −i[J₁, J₂], so the coefficient of
 * the word UV gets −i g V₃(J_U, k_U; J_V, k_V) with V₃^ρ = (J_U·J_V)(k_U − k_V)^ρ + J_V^ρ J_U·(2k_V
 * + k_U) − J_U^ρ J_V·(2k_U + k_V); the four-gluon vertex's f f products are double commutators,
 * whose coefficient of the word UVX is −i g²[(J_U·J_V)J_X + (J_V·J_X)J_U − 2(J_U·J_X)J_V]; the
 * quark–gluon vertex i g γ^μ T^a multiplies the row current ψ̄ T^U by T^V from the right. With the
 * gluon propagator −i/P² and the quark's i(−P̸ + m)/(P² − m² + imΓ) (the width on s-channel
 * subsets, as {@link OffShellRecursion}) every current's coefficient is real up to that width. The
 * amplitude of an order is the last join contracted with the root's wavefunction: M = Σ_σ c_σ A_σ
 * with c_σ = (T^{σ₁} ⋯ T^{σ_k})_{ī i} along a quark line, and Tr(T^{a_r} T^W) for gluons only,
 * where J^a = 2 Tr(T^a J) doubles the amplitude. A global phase is dropped (it cancels in |M|²).
 *
 * <p>Not thread-safe: one instance per thread (its buffers are reused by every evaluation).
 */
final class OrderedAmplitudes {
    private final OrderedProgram program;
    private final ExternalWavefunctions wavefunctions;
    private final int n;
    private final int nIn;
    private final double gs;
    private final double[] line;
    private final ColourlessInsertion insertion;
    private final int incomingMask;
    private final double[] buffer;
    private final double[] momenta;
    private final double[] vertex = new double[12];
    private final double[] row = new double[8];
    private final double[][] physical;
    private final double[] amplitudes;
    private final double[] rootStates;
    private final int[] columnOffset;
    private final double[] columns;
    private int probe = -1;

    /**
     * @param program the compiled recursion
     * @param wavefunctions the external wavefunctions (physical momenta, incoming first)
     * @param nIn the number of incoming particles
     * @param gs the strong coupling g_s
     * @param line the quark line's mass and width (on s-channel propagators) before the colourless
     *     insertion (the crossed antiquark's flavour), then after it (the crossed quark's)
     * @param insertion the colourless current on the quark line, or null
     */
    OrderedAmplitudes(
            OrderedProgram program,
            ExternalWavefunctions wavefunctions,
            int nIn,
            double gs,
            double[] line,
            ColourlessInsertion insertion) {
        this.program = program;
        this.wavefunctions = wavefunctions;
        this.n = program.helicityStates.length;
        this.nIn = nIn;
        this.gs = gs;
        this.line = line.clone();
        this.insertion = insertion;
        this.incomingMask = (1 << nIn) - 1;
        this.buffer = new double[program.bufferSize];
        this.momenta = new double[4 * program.nodes()];
        this.physical = new double[n][4];
        this.rootStates = new double[8 * program.helicityStates[program.root]];
        this.columnOffset = new int[program.nodes()];
        java.util.Arrays.fill(columnOffset, -1);
        int roots = program.helicityStates[program.root];
        int size = 0;
        for (int s = 0; program.quarkLine && s < program.finalParts.length / 3; s++) {
            int b = program.finalParts[3 * s + 1];
            if (columnOffset[b] < 0) {
                columnOffset[b] = size;
                size += 8 * roots * program.helicities[b];
            }
        }
        this.columns = new double[size];
        this.amplitudes =
                new double
                        [2
                                * program.orders()
                                * program.rootlessHelicities
                                * program.helicityStates[program.root]];
    }

    /**
     * Replaces gluon {@code leg}'s polarisation by its momentum k/E in every later evaluation (a
     * Ward-identity probe: each A_σ vanishes), or restores it with −1.
     */
    void probe(int leg) {
        this.probe = leg;
    }

    /** The number of helicity configurations of an amplitude (all particles). */
    int helicityConfigurations() {
        return program.rootlessHelicities * program.helicityStates[program.root];
    }

    /**
     * Evaluates every A_σ(h) at a point.
     *
     * @param p physical momenta (E, px, py, pz), incoming first
     * @return (re, im) of A_σ(h) at 2(h F + σ), F the orders; reused by the next call
     */
    double[] evaluate(double[][] p) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(p[i], 0, physical[i], 0, 4);
        }
        for (int k = 0; k < program.nodes(); k++) {
            nodeMomentum(k);
            switch (program.kind[k]) {
                case OrderedProgram.GLUON_LEG, OrderedProgram.ROW_LEG -> external(k);
                case OrderedProgram.GLUON_WORD -> gluonWord(k);
                case OrderedProgram.INSERTION ->
                        insertion.evaluate(wavefunctions, physical, nIn, buffer, program.offset[k]);
                default -> rowWord(k);
            }
        }
        java.util.Arrays.fill(amplitudes, 0);
        for (int r = 0; r < program.helicityStates[program.root]; r++) {
            System.arraycopy(rootWavefunction(r), 0, rootStates, 8 * r, 8);
        }
        if (program.quarkLine) {
            closingColumns();
            closeQuarkLine();
        } else {
            closeTrace();
        }
        return amplitudes;
    }

    /** The sum of the crossed-incoming momenta of a node's particles. */
    private void nodeMomentum(int k) {
        int m = program.mask[k];
        int o = 4 * k;
        for (int mu = 0; mu < 4; mu++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                if ((m & (1 << i)) != 0) {
                    s += i < nIn ? physical[i][mu] : -physical[i][mu];
                }
            }
            momenta[o + mu] = s;
        }
    }

    private void external(int k) {
        int i = program.leg[k];
        int o = program.offset[k];
        for (int h = 0; h < program.helicities[k]; h++) {
            double[] w =
                    i == probe
                            ? ExternalWavefunctions.probeVector(physical[i])
                            : wavefunctions.wavefunction(i, physical[i], h);
            System.arraycopy(w, 0, buffer, o + 8 * h, 8);
        }
    }

    /** J_W = −(g V₃ + g² V₄)/P² summed over the word's splits. */
    private void gluonWord(int k) {
        int o = program.offset[k];
        int hs = program.helicities[k];
        java.util.Arrays.fill(buffer, o, o + 8 * hs, 0);
        double p2 = dot(momenta, 4 * k, momenta, 4 * k);
        double c3 = -gs / p2;
        double c4 = -gs * gs / p2;
        for (int s = program.splitStart[k]; s < program.splitStart[k + 1]; s++) {
            int a = program.splitParts[3 * s];
            int b = program.splitParts[3 * s + 1];
            int c = program.splitParts[3 * s + 2];
            int[] ma = program.splitMaps[3 * s];
            int[] mb = program.splitMaps[3 * s + 1];
            if (c < 0) {
                kinematics(a, b);
                for (int h = 0; h < hs; h++) {
                    threeVertex(offset(a, ma[h]), offset(b, mb[h]), c3, o + 8 * h);
                }
            } else {
                int[] mc = program.splitMaps[3 * s + 2];
                for (int h = 0; h < hs; h++) {
                    fourVertex(offset(a, ma[h]), offset(b, mb[h]), offset(c, mc[h]), c4, o + 8 * h);
                }
            }
        }
    }

    /**
     * ψ̄_W = −g ψ̄_U J̸_V (−P̸ + m)/(P² − m² + imΓ) summed over the word's splits, and −ψ̄_W′
     * γ_μ(E_L^μ P_L + E_R^μ P_R)(−P̸ + m)/(…) for the row without the colourless insertion W′
     * joined to it.
     */
    private void rowWord(int k) {
        int o = program.offset[k];
        int hs = program.helicities[k];
        java.util.Arrays.fill(buffer, o, o + 8 * hs, 0);
        for (int s = program.splitStart[k]; s < program.splitStart[k + 1]; s++) {
            int a = program.splitParts[3 * s];
            int b = program.splitParts[3 * s + 1];
            int[] ma = program.splitMaps[3 * s];
            int[] mb = program.splitMaps[3 * s + 1];
            if (program.splitParts[3 * s + 2] == OrderedProgram.INSERTED) {
                for (int h = 0; h < hs; h++) {
                    Spinors.addRowChiralSlash(
                            buffer,
                            offset(a, ma[h]),
                            buffer,
                            offset(b, mb[h]),
                            1 / gs,
                            buffer,
                            o + 8 * h);
                }
                continue;
            }
            for (int h = 0; h < hs; h++) {
                Spinors.addRowSlash(
                        buffer, offset(a, ma[h]), buffer, offset(b, mb[h]), buffer, o + 8 * h);
            }
        }
        int m = program.mask[k];
        boolean sChannel = (m & incomingMask) == 0 || (m & incomingMask) == incomingMask;
        double quarkMass = line[program.afterInsertion[k] ? 2 : 0];
        double quarkWidth = line[program.afterInsertion[k] ? 3 : 1];
        double dr = dot(momenta, 4 * k, momenta, 4 * k) - quarkMass * quarkMass;
        double di = sChannel ? quarkMass * quarkWidth : 0;
        double dd = dr * dr + di * di;
        double fr = -gs * dr / dd;
        double fi = gs * di / dd;
        for (int h = 0; h < hs; h++) {
            Spinors.rowTimesPropagator(buffer, o + 8 * h, momenta, 4 * k, quarkMass, fr, fi, row);
            System.arraycopy(row, 0, buffer, o + 8 * h, 8);
        }
    }

    /**
     * A_σ(h) = g Σ_{σ = UV} ψ̄_U J̸_V u_root + ψ̄_σ γ_μ(E_L^μ P_L + E_R^μ P_R) u_root (the global
     * factor i dropped; the second term with a colourless insertion, the first then with rows that
     * hold it).
     */
    private void closeQuarkLine() {
        int roots = program.helicityStates[program.root];
        int hAll = program.rootlessHelicities;
        int orders = program.orders();
        double[] b = buffer;
        double[] c = columns;
        for (int sigma = 0; sigma < orders; sigma++) {
            for (int s = program.finalStart[sigma]; s < program.finalStart[sigma + 1]; s++) {
                int a = program.finalParts[3 * s];
                int column = columnOffset[program.finalParts[3 * s + 1]];
                int[] ma = program.finalMaps[3 * s];
                int[] mb = program.finalMaps[3 * s + 1];
                for (int h = 0; h < hAll; h++) {
                    int x = offset(a, ma[h]);
                    int y = column + 8 * roots * mb[h];
                    for (int r = 0; r < roots; r++, y += 8) {
                        double re = 0;
                        double im = 0;
                        for (int j = 0; j < 8; j += 2) {
                            re += b[x + j] * c[y + j] - b[x + j + 1] * c[y + j + 1];
                            im += b[x + j] * c[y + j + 1] + b[x + j + 1] * c[y + j];
                        }
                        int at = 2 * ((h * roots + r) * orders + sigma);
                        amplitudes[at] += re;
                        amplitudes[at + 1] += im;
                    }
                }
            }
        }
    }

    /**
     * The columns that close the quark line, once per point: g J̸_V u_root for each gluon word V
     * that ends an order, and γ_μ(E_L^μ P_L + E_R^μ P_R) u_root for the colourless insertion.
     */
    private void closingColumns() {
        int roots = program.helicityStates[program.root];
        for (int k = 0; k < program.nodes(); k++) {
            if (columnOffset[k] < 0) {
                continue;
            }
            boolean inserted = program.kind[k] == OrderedProgram.INSERTION;
            for (int h = 0; h < program.helicities[k]; h++) {
                int left = offset(k, h);
                int right = inserted ? left + 8 : left;
                for (int r = 0; r < roots; r++) {
                    Spinors.chiralSlashTimes(
                            buffer,
                            left,
                            right,
                            rootStates,
                            8 * r,
                            inserted ? 1 : gs,
                            columns,
                            columnOffset[k] + 8 * (h * roots + r));
                }
            }
        }
    }

    /** A_σ(h) = 2 ε_root·Σ (g V₃ + g² V₄) over the last joins (the global factor −i dropped). */
    private void closeTrace() {
        int roots = program.helicityStates[program.root];
        int hAll = program.rootlessHelicities;
        for (int sigma = 0; sigma < program.orders(); sigma++) {
            for (int s = program.finalStart[sigma]; s < program.finalStart[sigma + 1]; s++) {
                int a = program.finalParts[3 * s];
                int b = program.finalParts[3 * s + 1];
                int c = program.finalParts[3 * s + 2];
                int[] ma = program.finalMaps[3 * s];
                int[] mb = program.finalMaps[3 * s + 1];
                int[] mc = c < 0 ? null : program.finalMaps[3 * s + 2];
                if (c < 0) {
                    kinematics(a, b);
                }
                for (int h = 0; h < hAll; h++) {
                    java.util.Arrays.fill(row, 0);
                    if (c < 0) {
                        threeVertex(offset(a, ma[h]), offset(b, mb[h]), 2 * gs, -1);
                    } else {
                        fourVertex(
                                offset(a, ma[h]),
                                offset(b, mb[h]),
                                offset(c, mc[h]),
                                2 * gs * gs,
                                -1);
                    }
                    for (int r = 0; r < roots; r++) {
                        double[] e = rootStates;
                        int o = 8 * r;
                        int at = 2 * ((h * roots + r) * program.orders() + sigma);
                        for (int mu = 0; mu < 4; mu++) {
                            double g = mu == 0 ? 1 : -1;
                            double er = e[o + 2 * mu];
                            double ei = e[o + 2 * mu + 1];
                            amplitudes[at] += g * (row[2 * mu] * er - row[2 * mu + 1] * ei);
                            amplitudes[at + 1] += g * (row[2 * mu] * ei + row[2 * mu + 1] * er);
                        }
                    }
                }
            }
        }
    }

    private double[] rootWavefunction(int r) {
        if (program.root == probe) {
            return ExternalWavefunctions.probeVector(physical[probe]);
        }
        return wavefunctions.wavefunction(program.root, physical[program.root], r);
    }

    private int offset(int node, int h) {
        return program.offset[node] + program.stride[node] * h;
    }

    /** k − p, 2p + k and −2k − p of a three-vertex joining nodes a (k) and b (p). */
    private void kinematics(int a, int b) {
        for (int mu = 0; mu < 4; mu++) {
            double k = momenta[4 * a + mu];
            double p = momenta[4 * b + mu];
            vertex[mu] = k - p;
            vertex[4 + mu] = 2 * p + k;
            vertex[8 + mu] = -2 * k - p;
        }
    }

    /** Adds c V₃(X, Y) at {@code out} (or into {@link #row} when out < 0); needs kinematics(). */
    private void threeVertex(int x, int y, double c, int out) {
        double[] b = buffer;
        double xyr = 0;
        double xyi = 0;
        double xr = 0;
        double xi = 0;
        double yr = 0;
        double yi = 0;
        for (int mu = 0; mu < 4; mu++) {
            double g = mu == 0 ? 1 : -1;
            double ar = b[x + 2 * mu];
            double ai = b[x + 2 * mu + 1];
            double br = b[y + 2 * mu];
            double bi = b[y + 2 * mu + 1];
            xyr += g * (ar * br - ai * bi);
            xyi += g * (ar * bi + ai * br);
            xr += g * ar * vertex[4 + mu];
            xi += g * ai * vertex[4 + mu];
            yr += g * br * vertex[8 + mu];
            yi += g * bi * vertex[8 + mu];
        }
        double[] t = out < 0 ? row : buffer;
        int o = out < 0 ? 0 : out;
        for (int mu = 0; mu < 4; mu++) {
            double br = b[y + 2 * mu];
            double bi = b[y + 2 * mu + 1];
            double ar = b[x + 2 * mu];
            double ai = b[x + 2 * mu + 1];
            double re = xyr * vertex[mu] + br * xr - bi * xi + ar * yr - ai * yi;
            double im = xyi * vertex[mu] + br * xi + bi * xr + ar * yi + ai * yr;
            t[o + 2 * mu] += c * re;
            t[o + 2 * mu + 1] += c * im;
        }
    }

    /** Adds c [(X·Y)Z + (Y·Z)X − 2(X·Z)Y] at {@code out} (or into {@link #row} when out < 0). */
    private void fourVertex(int x, int y, int z, double c, int out) {
        double[] b = buffer;
        double xyr = 0;
        double xyi = 0;
        double yzr = 0;
        double yzi = 0;
        double xzr = 0;
        double xzi = 0;
        for (int mu = 0; mu < 4; mu++) {
            double g = mu == 0 ? 1 : -1;
            double ar = b[x + 2 * mu];
            double ai = b[x + 2 * mu + 1];
            double br = b[y + 2 * mu];
            double bi = b[y + 2 * mu + 1];
            double cr = b[z + 2 * mu];
            double ci = b[z + 2 * mu + 1];
            xyr += g * (ar * br - ai * bi);
            xyi += g * (ar * bi + ai * br);
            yzr += g * (br * cr - bi * ci);
            yzi += g * (br * ci + bi * cr);
            xzr += g * (ar * cr - ai * ci);
            xzi += g * (ar * ci + ai * cr);
        }
        double[] t = out < 0 ? row : buffer;
        int o = out < 0 ? 0 : out;
        for (int mu = 0; mu < 4; mu++) {
            double ar = b[x + 2 * mu];
            double ai = b[x + 2 * mu + 1];
            double br = b[y + 2 * mu];
            double bi = b[y + 2 * mu + 1];
            double cr = b[z + 2 * mu];
            double ci = b[z + 2 * mu + 1];
            double re = xyr * cr - xyi * ci + yzr * ar - yzi * ai - 2 * (xzr * br - xzi * bi);
            double im = xyr * ci + xyi * cr + yzr * ai + yzi * ar - 2 * (xzr * bi + xzi * br);
            t[o + 2 * mu] += c * re;
            t[o + 2 * mu + 1] += c * im;
        }
    }

    private static double dot(double[] a, int ao, double[] b, int bo) {
        return a[ao] * b[bo]
                - a[ao + 1] * b[bo + 1]
                - a[ao + 2] * b[bo + 2]
                - a[ao + 3] * b[bo + 3];
    }
}
