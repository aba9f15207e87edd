package org.quarryhep.analyses.diphunting;

/**
 * The t t̄ spin correlation of q q̄ → t t̄ at leading order, and the spin weight of a dileptonic
 * record under it: the q q̄ share of the decay-exact likelihood ratio needs the q q̄ density at
 * every event's full record (g g events included), and gen exposes the spin weights of g g → t t̄
 * and of the J = 0 states only ({@code TopPairResonanceWeights.SpinWeights}; its q q̄ weight is
 * package-private in {@code TopPairAmplitude}).
 *
 * <p>Derivation (two-component reduction in the t t̄ rest frame). The s-channel gluon couples to
 * the massless quark current, whose helicity average leaves the gluon's spatial polarisation ε
 * summed over two real unit vectors ⊥ p̂ (the quark axis); the top current is ū(t) γⁱ v(t̄) = 2E χ†
 * σ·a η with a = ε − (1 − √(1 − β²))(k̂·ε) k̂ (k̂ the top direction, β its velocity). χ† σ·a η is
 * the spin triplet polarised along a, whose correlation of the physical spins is ⟨σᵢ ⊗ σⱼ⟩ = (|a|²
 * δᵢⱼ − 2aᵢaⱼ)/|a|² (the same reduction gives ū v ∝ χ† σ·k̂ η for the scalar's ³P₀ and ū γ⁵ v ∝ χ†η
 * for the ¹S₀ singlet, which gen's weights confirm: {@code DileptonRunTest}). Summed over ε, A =
 * Σ|a|² = 2 − β²(1 − z²) (z = k̂·p̂, the unpolarised q q̄ → t t̄ |M|² up to a constant) and C =
 * Σ(|a|² δ − 2aa)/A, with tr C = 1 (q q̄ → t t̄ is a pure triplet: ⟨cos φ⟩ = −1/9). With the ℓ⁺ and
 * ℓ⁻ analysing powers +1 and −1 the decayed weight is w = 1 − l̂₁·C·l̂₂ (unit mean over unpolarised
 * decays), l̂₁, l̂₂ the lepton directions in the top and anti-top rest frames reached from the t t̄
 * frame (the frames of {@code DileptonSpinObservables}); it is symmetric under p̂ → −p̂, so which
 * beam held the quark does not matter.
 */
final class QuarkPairSpinCorrelation {
    private QuarkPairSpinCorrelation() {}

    /**
     * The correlation matrix C = ⟨σᵢ ⊗ σⱼ⟩.
     *
     * @param k the top direction in the t t̄ frame (unit)
     * @param p the beam axis in the t t̄ frame (unit)
     * @param beta the top velocity there
     * @return C (3 × 3)
     */
    static double[][] matrix(double[] k, double[] p, double beta) {
        double[][] eps = transverse(p);
        double g = 1 - Math.sqrt(1 - beta * beta);
        double[][] c = new double[3][3];
        double norm = 0;
        for (double[] e : eps) {
            double ke = dot(k, e);
            double[] a = new double[3];
            for (int i = 0; i < 3; i++) {
                a[i] = e[i] - g * ke * k[i];
            }
            double a2 = dot(a, a);
            norm += a2;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[i][j] += (i == j ? a2 : 0) - 2 * a[i] * a[j];
                }
            }
        }
        for (double[] row : c) {
            for (int j = 0; j < 3; j++) {
                row[j] /= norm;
            }
        }
        return c;
    }

    /**
     * The spin weight of a dileptonic record: 1 − l̂₁·C·l̂₂.
     *
     * @param k the top direction in the t t̄ frame (unit)
     * @param p the beam axis in the t t̄ frame (unit)
     * @param beta the top velocity there
     * @param l1 the ℓ⁺ direction in the top rest frame (unit)
     * @param l2 the ℓ⁻ direction in the anti-top rest frame (unit)
     * @return the weight, in [0, 2]
     */
    static double weight(double[] k, double[] p, double beta, double[] l1, double[] l2) {
        double[][] c = matrix(k, p, beta);
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += l1[i] * c[i][j] * l2[j];
            }
        }
        return 1 - s;
    }

    /** Two orthonormal vectors ⊥ p. */
    private static double[][] transverse(double[] p) {
        double[] seed = Math.abs(p[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] e1 = new double[3];
        double d = dot(seed, p);
        for (int i = 0; i < 3; i++) {
            e1[i] = seed[i] - d * p[i];
        }
        double n = Math.sqrt(dot(e1, e1));
        for (int i = 0; i < 3; i++) {
            e1[i] /= n;
        }
        double[] e2 = {
            p[1] * e1[2] - p[2] * e1[1], p[2] * e1[0] - p[0] * e1[2], p[0] * e1[1] - p[1] * e1[0]
        };
        return new double[][] {e1, e2};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
