package org.quarryhep.gen.model;

/**
 * Standard Model inputs in the G_μ scheme with MadGraph5's {@code sm} model defaults (M_Z, G_F, 1/α
 * as inputs; M_W and sin²θ_W derived at tree level), plus the masses and widths that model uses.
 * See {@code physics-formulas.md} §1 for the derivation and values.
 *
 * @param mZ Z mass, GeV
 * @param gF Fermi constant, GeV⁻²
 * @param alphaInverse 1/α_EM (MadGraph's {@code aEWM1})
 * @param mTop top mass, GeV
 * @param mBottom bottom mass, GeV
 * @param mTau τ mass, GeV
 * @param widthZ Γ_Z, GeV
 * @param widthW Γ_W, GeV
 * @param widthTop Γ_t, GeV
 */
public record StandardModel(
        double mZ,
        double gF,
        double alphaInverse,
        double mTop,
        double mBottom,
        double mTau,
        double widthZ,
        double widthW,
        double widthTop) {

    /** MadGraph5 3.x {@code sm} defaults (param card of the {@code sm} model). */
    public static StandardModel madgraphDefaults() {
        return new StandardModel(
                91.188, 1.16639e-5, 132.507, 173.0, 4.7, 1.777, 2.441404, 2.0476, 1.4915);
    }

    /** α_EM = 1/aEWM1. */
    public double alpha() {
        return 1.0 / alphaInverse;
    }

    /** M_W from the G_μ-scheme relation M_W² = M_Z²/2 + √(M_Z⁴/4 − πα M_Z²/(√2 G_F)). */
    public double mW() {
        double mz2 = mZ * mZ;
        return Math.sqrt(
                mz2 / 2 + Math.sqrt(mz2 * mz2 / 4 - Math.PI * alpha() * mz2 / (Math.sqrt(2) * gF)));
    }

    /** sin²θ_W = 1 − M_W²/M_Z². */
    public double sw2() {
        double r = mW() / mZ;
        return 1 - r * r;
    }

    /** cos²θ_W. */
    public double cw2() {
        return 1 - sw2();
    }

    /** The positron charge e = √(4πα). */
    public double e() {
        return Math.sqrt(4 * Math.PI * alpha());
    }

    /** The SU(2) coupling g = e/sin θ_W. */
    public double g() {
        return e() / Math.sqrt(sw2());
    }

    /** The Higgs vacuum expectation value v = 2 M_W sin θ_W / e = (√2 G_F)^(−1/2). */
    public double vev() {
        return 2 * mW() * Math.sqrt(sw2()) / e();
    }

    /** Left-handed Z coupling g_L = T₃ − Q sin²θ_W of a fermion. */
    public double zLeft(double t3, double charge) {
        return t3 - charge * sw2();
    }

    /** Right-handed Z coupling g_R = −Q sin²θ_W of a fermion. */
    public double zRight(double charge) {
        return -charge * sw2();
    }

    /** Γ(W → ℓν) for one massless lepton flavour, G_F M_W³/(6√2π). */
    public double widthWToLeptonNeutrino() {
        double mw = mW();
        return gF * mw * mw * mw / (6 * Math.sqrt(2) * Math.PI);
    }

    /** BR(W → ℓν) per lepton flavour with this model's Γ_W. */
    public double branchingWToLeptonNeutrino() {
        return widthWToLeptonNeutrino() / widthW;
    }

    /** Γ(Z → f f̄) for a massless fermion with N_c colours. */
    public double widthZToFermions(double t3, double charge, int colours) {
        double gl = zLeft(t3, charge);
        double gr = zRight(charge);
        double gz2 = e() * e() / (sw2() * cw2());
        return colours * gz2 * mZ * (gl * gl + gr * gr) / (24 * Math.PI);
    }

    /**
     * A copy with one parameter replaced, by its MadGraph name.
     *
     * @param name one of MZ, Gf, aEWM1, MT, MB, MTA, WZ, WW, WT
     * @param value the new value
     * @return the modified model
     * @throws IllegalArgumentException for an unknown name
     */
    public StandardModel with(String name, double value) {
        return switch (name) {
            case "MZ" ->
                    new StandardModel(
                            value, gF, alphaInverse, mTop, mBottom, mTau, widthZ, widthW, widthTop);
            case "Gf" ->
                    new StandardModel(
                            mZ, value, alphaInverse, mTop, mBottom, mTau, widthZ, widthW, widthTop);
            case "aEWM1" ->
                    new StandardModel(mZ, gF, value, mTop, mBottom, mTau, widthZ, widthW, widthTop);
            case "MT" ->
                    new StandardModel(
                            mZ, gF, alphaInverse, value, mBottom, mTau, widthZ, widthW, widthTop);
            case "MB" ->
                    new StandardModel(
                            mZ, gF, alphaInverse, mTop, value, mTau, widthZ, widthW, widthTop);
            case "MTA" ->
                    new StandardModel(
                            mZ, gF, alphaInverse, mTop, mBottom, value, widthZ, widthW, widthTop);
            case "WZ" ->
                    new StandardModel(
                            mZ, gF, alphaInverse, mTop, mBottom, mTau, value, widthW, widthTop);
            case "WW" ->
                    new StandardModel(
                            mZ, gF, alphaInverse, mTop, mBottom, mTau, widthZ, value, widthTop);
            case "WT" ->
                    new StandardModel(
                            mZ, gF, alphaInverse, mTop, mBottom, mTau, widthZ, widthW, value);
            default -> throw new IllegalArgumentException("unknown SM parameter " + name);
        };
    }
}
