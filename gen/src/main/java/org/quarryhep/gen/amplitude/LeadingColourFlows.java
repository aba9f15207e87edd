package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * The colour-ordered decomposition of a tree amplitude whose coloured particles are gluons and at
 * most one quark line (plus any colourless particles):
 *
 * <p>M = Σ_σ Tr(T^{a_σ1} … T^{a_σn}) A_σ (gluons only; σ over cyclic orders) or M = Σ_σ (T^{a_σ1} …
 * T^{a_σk})_{i ī} A_σ (one quark line; σ over the k! orders of the gluons), with T = λ/2 and the
 * couplings inside A_σ. Both forms are exact for SU(N) at tree level (no 1/N terms: the U(1) part
 * of a gluon decouples from gluons, and with one quark line it has nothing else to couple to). Each
 * σ is a colour flow — one chain of colour lines joining neighbours — and |A_σ|² summed over
 * helicities is its leading-colour weight, the JAMP² that MadGraph picks a flow with.
 *
 * <p>The A_σ are extracted from the explicit-colour recursion: the amplitude of a colour assignment
 * (basis quark colours, gluon states E_ij/√2, T³, T⁸) is Σ_σ c_σ A_σ with c_σ the flow's chain of
 * the states' matrices Σ_a c^a T^a — for off-diagonal gluons 2^{−n_g/2} if every line of σ joins
 * equal labels, else 0. With three labels several flows share an assignment, so the A_σ are the
 * least-squares solution of these equations over assignments chosen to make the system of full
 * rank: for every flow, its lines labelled 0, 1, 2, 0, 1, 2, … under the six permutations of the
 * labels, and where that leaves the rank short, the first further assignments that raise it. The
 * fit must reproduce every equation: a residual above 1e-8 of the amplitudes means the amplitude is
 * not of this form, and {@link Amplitudes#weights()} is null. Cost: one recursion pass per
 * assignment and helicity configuration — measured (CPU time, 2026-12-06) 5.6 ms for g g → t t̄ g
 * against 49 ms for the exact colour sum, 83 ms against 2.2 s for g g → t t̄ g g.
 */
public final class LeadingColourFlows {
    private static final double RESIDUAL = 1e-8;

    private final MatrixElement me;
    private final int[] crossed;
    private final int n;
    private final List<int[]> orders;
    private final boolean cyclic;
    private final int[][][] lines;
    private final List<int[]> rows;
    private final int[][] equations;
    private final double[][] c;
    private final double[][] cholesky;

    private LeadingColourFlows(MatrixElement me, List<int[]> orders, boolean cyclic) {
        this.me = me;
        this.crossed = me.crossedIds();
        this.n = crossed.length;
        this.orders = orders;
        this.cyclic = cyclic;
        this.lines = new int[orders.size()][][];
        for (int f = 0; f < lines.length; f++) {
            lines[f] = lines(orders.get(f), cyclic);
        }
        List<int[]> rowList = patternAssignments();
        List<int[]> eqs = new ArrayList<>();
        List<double[]> coefficients = new ArrayList<>();
        for (int r = 0; r < rowList.size(); r++) {
            addEquations(rowList.get(r), r, eqs, coefficients);
        }
        if (LeastSquares.rank(coefficients) < lines.length) {
            completeRank(rowList, eqs, coefficients);
        }
        this.rows = rowList;
        this.equations = eqs.toArray(new int[0][]);
        this.c = coefficients.toArray(new double[0][]);
        this.cholesky = LeastSquares.choleskyOfNormalMatrix(c, lines.length);
    }

    /** The equations of one assignment of the non-root particles: one per conserving root state. */
    private void addEquations(int[] row, int index, List<int[]> eqs, List<double[]> coefficients) {
        int rootStates = Particle.byPdg(crossed[n - 1]).colour();
        for (int s = 0; s < rootStates; s++) {
            int[] states = Arrays.copyOf(row, n);
            states[n - 1] = s;
            if (!conserved(states)) {
                continue;
            }
            double[] coefficient = new double[lines.length];
            for (int f = 0; f < lines.length; f++) {
                coefficient[f] = ColourChains.of(orders.get(f), cyclic, states);
            }
            eqs.add(new int[] {index, s});
            coefficients.add(coefficient);
        }
    }

    /**
     * Adds, from all weight-conserving assignments (diagonal gluon states included), those that
     * raise the rank, until the equations determine every A_σ — five gluons need one assignment
     * with a diagonal gluon: off-diagonal states alone leave the 24 traces of rank 23.
     */
    private void completeRank(List<int[]> rowList, List<int[]> eqs, List<double[]> coefficients) {
        List<double[]> basis = LeastSquares.orthonormalBasis(coefficients);
        for (int[] config : ColourStates.conserving(crossed)) {
            if (basis.size() == lines.length) {
                return;
            }
            List<int[]> newEqs = new ArrayList<>();
            List<double[]> newCoefficients = new ArrayList<>();
            addEquations(config, rowList.size(), newEqs, newCoefficients);
            int before = basis.size();
            for (double[] row : newCoefficients) {
                LeastSquares.extend(basis, row);
            }
            if (basis.size() > before) {
                rowList.add(config);
                eqs.addAll(newEqs);
                coefficients.addAll(newCoefficients);
            }
        }
    }

    /**
     * The decomposition of a matrix element's amplitude, or null where it does not apply: coloured
     * particles other than gluons and one quark–antiquark pair, fewer than two flows, or the
     * top-philic scalar switched on (its g g S vertex has the colour δ^{ab}, not a chain).
     *
     * @param me the matrix element
     * @return the decomposition or null
     */
    static LeadingColourFlows of(MatrixElement me) {
        if (me.model().scalar().active()) {
            return null;
        }
        int[] crossed = me.crossedIds();
        List<Integer> gluonSlots = new ArrayList<>();
        int quark = -1;
        int antiquark = -1;
        for (int i = 0; i < crossed.length; i++) {
            int colour = Particle.byPdg(crossed[i]).colour();
            if (colour == 8) {
                gluonSlots.add(i);
            } else if (colour == 3 && crossed[i] > 0 && quark < 0) {
                quark = i;
            } else if (colour == 3 && crossed[i] < 0 && antiquark < 0) {
                antiquark = i;
            } else if (colour != 1) {
                return null; // a second quark line, or another colour representation
            }
        }
        if ((quark < 0) != (antiquark < 0) || gluonSlots.size() < (quark < 0 ? 3 : 2)) {
            return null;
        }
        List<int[]> orders = new ArrayList<>();
        int[] g = gluonSlots.stream().mapToInt(Integer::intValue).toArray();
        boolean cyclic = quark < 0;
        int[] rest = cyclic ? Arrays.copyOfRange(g, 1, g.length) : g;
        for (int[] perm : permutations(rest)) {
            int[] order = new int[cyclic ? g.length : g.length + 2];
            if (cyclic) {
                order[0] = g[0];
                System.arraycopy(perm, 0, order, 1, perm.length);
            } else {
                order[0] = antiquark;
                System.arraycopy(perm, 0, order, 1, perm.length);
                order[order.length - 1] = quark;
            }
            orders.add(order);
        }
        LeadingColourFlows flows = new LeadingColourFlows(me, orders, cyclic);
        return flows.cholesky == null ? null : flows;
    }

    /** The number of colour flows. */
    public int flowCount() {
        return orders.size();
    }

    /**
     * The particles of a flow in colour order, as indices into the subprocess's particles (incoming
     * first): for gluons alone the cyclic order starting with the first gluon; for a quark line the
     * antiquark of the crossed-incoming process (a physical outgoing quark or incoming antiquark)
     * first, then the gluons, then the quark. Neighbours share a colour line.
     *
     * @param flow the flow's index
     * @return the order
     */
    public int[] order(int flow) {
        return orders.get(flow).clone();
    }

    /**
     * The LHE colour and anticolour tags of a flow: one tag per colour line, from {@code firstTag}.
     *
     * @param flow the flow's index
     * @param firstTag the first tag (LHE uses 501)
     * @return {colour, anticolour} per particle in the subprocess's order (0 for none)
     */
    public int[][] tags(int flow, int firstTag) {
        int[][] crossedTags = new int[n][2];
        for (int k = 0; k < lines[flow].length; k++) {
            crossedTags[lines[flow][k][0]][0] = firstTag + k;
            crossedTags[lines[flow][k][1]][1] = firstTag + k;
        }
        int nIn = me.incomingCount();
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = i < nIn ? crossedTags[i] : new int[] {crossedTags[i][1], crossedTags[i][0]};
        }
        return out;
    }

    /**
     * A flow drawn with probability ∝ its weight.
     *
     * @param weights the flows' weights (non-negative, not all zero)
     * @param rng the stream to draw from
     * @return the flow's index
     */
    public static int pick(double[] weights, SplittableRandom rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rng.nextDouble() * total;
        int last = 0;
        for (int f = 0; f < weights.length; f++) {
            if (weights[f] > 0) {
                last = f;
                r -= weights[f];
                if (r < 0) {
                    return f;
                }
            }
        }
        return last;
    }

    /**
     * The colour-ordered amplitudes at one point, for every helicity configuration.
     *
     * @param momenta one momentum per particle, in the subprocess's order (incoming first)
     * @return the amplitudes
     */
    public Amplitudes amplitudes(FourMomentum[] momenta) {
        double[][] p = me.momentumArrays(momenta);
        int nIn = me.incomingCount();
        double[][] q = new double[n][4];
        int[] helicities = new int[n];
        int configurations = 1;
        double[][][] wfs = new double[n][][];
        for (int i = 0; i < n; i++) {
            for (int mu = 0; mu < 4; mu++) {
                q[i][mu] = i < nIn ? p[i][mu] : -p[i][mu];
            }
            helicities[i] = me.helicityCount(i);
            configurations *= helicities[i];
            wfs[i] = new double[helicities[i]][];
            for (int h = 0; h < helicities[i]; h++) {
                wfs[i][h] = me.wavefunctionOf(i, p[i], h);
            }
        }
        int rootColours = Particle.byPdg(crossed[n - 1]).colour();
        OffShellRecursion recursion = me.recursion();
        OffShellRecursion.Cache cache = recursion.newCache();
        // b[h][equation]: the amplitude of each equation's assignment, per helicity configuration
        double[][] bRe = new double[configurations][equations.length];
        double[][] bIm = new double[configurations][equations.length];
        double[][] external = new double[n - 1][];
        int[] states = new int[n - 1];
        int first = 0;
        for (int r = 0; r < rows.size(); r++) {
            int last = first;
            while (last < equations.length && equations[last][0] == r) {
                last++;
            }
            if (last == first) {
                continue;
            }
            int[] row = rows.get(r);
            int[] hel = new int[n];
            for (int h = 0; h < configurations; h++) {
                for (int i = 0; i < n - 1; i++) {
                    external[i] = ColourStates.embed(crossed[i], row[i], wfs[i][hel[i]]);
                    states[i] = 8 * hel[i] + row[i];
                }
                double[] amp =
                        me.rootAmplitude(
                                recursion.rootCurrents(external, q, states, cache),
                                wfs[n - 1][hel[n - 1]],
                                rootColours);
                for (int e = first; e < last; e++) {
                    double[] m = rootState(amp, rootColours, equations[e][1]);
                    bRe[h][e] = m[0];
                    bIm[h][e] = m[1];
                }
                next(hel, helicities);
            }
            first = last;
        }
        double[][] re = new double[configurations][];
        double[][] im = new double[configurations][];
        double residual = 0;
        double norm = 0;
        for (int h = 0; h < configurations; h++) {
            re[h] = LeastSquares.solve(c, cholesky, bRe[h]);
            im[h] = LeastSquares.solve(c, cholesky, bIm[h]);
            for (int e = 0; e < equations.length; e++) {
                double fr = 0;
                double fi = 0;
                for (int f = 0; f < lines.length; f++) {
                    fr += c[e][f] * re[h][f];
                    fi += c[e][f] * im[h][f];
                }
                residual += sq(fr - bRe[h][e]) + sq(fi - bIm[h][e]);
                norm += sq(bRe[h][e]) + sq(bIm[h][e]);
            }
        }
        return new Amplitudes(re, im, norm == 0 ? 0 : Math.sqrt(residual / norm));
    }

    /**
     * The colour-ordered amplitudes A_σ of one point (couplings included; T = λ/2), per helicity
     * configuration (the recursion's order, last particle fastest) and flow.
     *
     * @param re real parts [helicity configuration][flow]
     * @param im imaginary parts
     * @param residual the fit's relative residual over the equations it solved
     */
    public record Amplitudes(double[][] re, double[][] im, double residual) {
        /**
         * Σ_h |A_σ|² per flow — the leading-colour weights — or null where the fit did not
         * reproduce the amplitudes (relative residual above 1e-8).
         */
        public double[] weights() {
            if (!(residual <= RESIDUAL)) {
                return null;
            }
            double[] w = new double[re[0].length];
            for (int h = 0; h < re.length; h++) {
                for (int f = 0; f < w.length; f++) {
                    w[f] += re[h][f] * re[h][f] + im[h][f] * im[h][f];
                }
            }
            return w;
        }
    }

    /** The amplitude (re, im) of the root in state s, from its colour components. */
    private static double[] rootState(double[] amp, int colours, int s) {
        if (colours == 1) {
            return new double[] {amp[0], amp[1]};
        }
        if (colours == 3) {
            return new double[] {amp[2 * s], amp[2 * s + 1]};
        }
        // the amplitude is linear in the root's colour vector: Σ_a c^a amp^a
        double[] coefficient = ColourStates.gluonCoefficients(s);
        double re = 0;
        double im = 0;
        for (int a = 0; a < 8; a++) {
            double cr = coefficient[2 * a];
            double ci = coefficient[2 * a + 1];
            re += cr * amp[2 * a] - ci * amp[2 * a + 1];
            im += cr * amp[2 * a + 1] + ci * amp[2 * a];
        }
        return new double[] {re, im};
    }

    /**
     * The lines of a colour order, {colour holder, anticolour holder} each: the anticolour of each
     * particle joins the colour of the next (the δ_{j₁i₂} of Tr(E_{i₁j₁}E_{i₂j₂}…)).
     */
    private static int[][] lines(int[] order, boolean cyclic) {
        int count = cyclic ? order.length : order.length - 1;
        int[][] out = new int[count][];
        for (int k = 0; k < count; k++) {
            out[k] = new int[] {order[(k + 1) % order.length], order[k]};
        }
        return out;
    }

    private boolean conserved(int[] states) {
        int[] total = new int[3];
        for (int i = 0; i < n; i++) {
            int[] w = ColourStates.weight(crossed[i], states[i]);
            for (int k = 0; k < 3; k++) {
                total[k] += w[k];
            }
        }
        return total[0] == 0 && total[1] == 0 && total[2] == 0;
    }

    /**
     * For every flow, its lines labelled 0, 1, 2, 0, 1, 2, … (the last line of a closed chain moved
     * to a third label where it would equal the first), under all six permutations of the labels.
     */
    private List<int[]> patternAssignments() {
        int[][] permutationsOfLabels = permutations(new int[] {0, 1, 2}).toArray(new int[0][]);
        Set<List<Integer>> seen = new LinkedHashSet<>();
        for (int[][] flowLines : lines) {
            int count = flowLines.length;
            int[] base = new int[count];
            for (int k = 0; k < count; k++) {
                base[k] = k % 3;
            }
            if (cyclic && count > 1 && base[count - 1] == base[0]) {
                base[count - 1] = 3 - base[0] - base[count - 2];
            }
            for (int[] perm : permutationsOfLabels) {
                int[] colourOf = new int[n];
                int[] anticolourOf = new int[n];
                for (int k = 0; k < count; k++) {
                    colourOf[flowLines[k][0]] = perm[base[k]];
                    anticolourOf[flowLines[k][1]] = perm[base[k]];
                }
                List<Integer> row = new ArrayList<>();
                for (int i = 0; i < n - 1; i++) {
                    row.add(state(i, colourOf[i], anticolourOf[i]));
                }
                seen.add(row);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> row : seen) {
            out.add(row.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private int state(int i, int colour, int anticolour) {
        Particle p = Particle.byPdg(crossed[i]);
        if (p.colour() == 8) {
            return ColourStates.gluonState(colour, anticolour);
        }
        if (p.colour() == 3) {
            return crossed[i] > 0 ? colour : anticolour;
        }
        return 0;
    }

    static List<int[]> permutations(int[] a) {
        List<int[]> out = new ArrayList<>();
        permute(a.clone(), 0, out);
        return out;
    }

    private static void permute(int[] a, int k, List<int[]> out) {
        if (k >= a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }

    private static void next(int[] digits, int[] radix) {
        for (int k = digits.length - 1; k >= 0; k--) {
            if (++digits[k] < radix[k]) {
                return;
            }
            digits[k] = 0;
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
