package org.quarryhep.gen.amplitude;

import java.util.Arrays;
import org.quarryhep.gen.model.StandardModel;

/**
 * Heavy Majorana neutrinos N₁, N₂, N₃ (PDG 9900012, 9900014, 9900016; names {@code n1 n2 n3} as in
 * MadGraph's {@code SM_HeavyN} and LRSM models) and the left-right model's W_R (PDG 34, {@code wr+}
 * {@code wr-}) as states of the amplitude model, with two charged currents:
 *
 * <ul>
 *   <li>the minimal LRSM one, g_R = g_L = g, right-handed, V_R = 1 for quarks (no CKM) and leptons
 *       (N_i pairs with ℓ_i): L = (g/√2)[N̄_i γ^μ P_R ℓ_i + ū γ^μ P_R d] W_R⁺ + h.c. (physics-
 *       formulas.md §11; {@code HeavyNeutrino} in {@code gen.process});
 *   <li>active–sterile mixing with the SM W, L = (g/√2) V_ℓi N̄_i γ^μ P_L ℓ W⁺ + h.c. (§12.1), with
 *       real V_ℓi.
 * </ul>
 *
 * The mixing's Z and Higgs couplings (N ν Z, N ν h) are not included, nor W_R couplings to γ and Z
 * (see {@link MatrixElement}, which refuses external γ and Z while W_R is on).
 *
 * <p>Parameters (param-card names, {@code --param NAME=VALUE}): {@code MN1 MN2 MN3} (GeV; 0 = the
 * state is absent), {@code WN1 WN2 WN3} (GeV; default: {@link #autoWidthN}), {@code MWR} (GeV; 0 =
 * no W_R), {@code WWR} (GeV; default {@link #autoWidthWr}), {@code VeN1 VmuN1 VtaN1 VeN2 …}
 * (mixings V_ℓi). A width that was never set is NaN here and computed when asked.
 */
public final class HeavyNeutrinoSector {
    /** PDG id of N₁ (N₂, N₃ at +2, +4). */
    public static final int PDG_N1 = 9900012;

    /** PDG id of W_R⁺. */
    public static final int PDG_WR = 34;

    /** Nothing: no heavy neutrino, no W_R. */
    public static final HeavyNeutrinoSector NONE =
            new HeavyNeutrinoSector(new double[3], nan3(), new double[3][3], 0, Double.NaN);

    private static final String[] LEPTON = {"e", "mu", "ta"};

    private final double[] mass;
    private final double[] width;
    private final double[][] mixing;
    private final double mWr;
    private final double widthWr;

    /** The widths in use, {Γ_N1, Γ_N2, Γ_N3, Γ_WR}, once resolved against the SM inputs. */
    private final double[] resolved;

    private HeavyNeutrinoSector(
            double[] mass, double[] width, double[][] mixing, double mWr, double widthWr) {
        this(mass, width, mixing, mWr, widthWr, null);
    }

    private HeavyNeutrinoSector(
            double[] mass,
            double[] width,
            double[][] mixing,
            double mWr,
            double widthWr,
            double[] resolved) {
        this.mass = mass.clone();
        this.width = width.clone();
        this.mixing = new double[3][];
        for (int l = 0; l < 3; l++) {
            this.mixing[l] = mixing[l].clone();
        }
        this.mWr = mWr;
        this.widthWr = widthWr;
        this.resolved = resolved;
    }

    /**
     * This sector with the widths that were not set computed for these SM inputs ({@link
     * AmplitudeModel} does this whenever it is built, so its widths follow {@code --param MZ=…}).
     */
    HeavyNeutrinoSector resolvedFor(StandardModel sm) {
        double wr = Double.isNaN(widthWr) ? autoWidthWr(sm) : widthWr;
        double[] r = new double[4];
        r[3] = wr;
        for (int i = 0; i < 3; i++) {
            r[i] = Double.isNaN(width[i]) ? autoWidthN(i, sm, wr) : width[i];
        }
        return new HeavyNeutrinoSector(mass, width, mixing, mWr, widthWr, r);
    }

    private static double[] nan3() {
        double[] w = new double[3];
        Arrays.fill(w, Double.NaN);
        return w;
    }

    /** Whether a PDG id is one of the heavy neutrinos (both signs: see {@link Particle#anti}). */
    public static boolean isNeutrino(int id) {
        int a = Math.abs(id);
        return a == PDG_N1 || a == PDG_N1 + 2 || a == PDG_N1 + 4;
    }

    /** The generation index 0, 1, 2 of a heavy neutrino id. */
    static int index(int id) {
        return (Math.abs(id) - PDG_N1) / 2;
    }

    /** Whether any heavy neutrino is in the model. */
    public boolean active() {
        return mass[0] > 0 || mass[1] > 0 || mass[2] > 0;
    }

    /** Whether the W_R is in the model. */
    public boolean rightW() {
        return mWr > 0;
    }

    /** The mass of N_{i+1}, GeV (0 when absent). */
    public double mass(int i) {
        return mass[i];
    }

    /** The W_R mass, GeV (0 when absent). */
    public double massWr() {
        return mWr;
    }

    /** The mixing V_ℓi of lepton generation l (0 e, 1 μ, 2 τ) with N_{i+1}. */
    public double mixing(int l, int i) {
        return mixing[l][i];
    }

    /**
     * A copy with one parameter replaced, or null when the name is not one of this sector's.
     *
     * @param name {@code MN1}…, {@code WN1}…, {@code MWR}, {@code WWR}, {@code VeN1}…
     * @param value the value
     * @return the modified sector, or null for another name
     */
    public HeavyNeutrinoSector with(String name, double value) {
        double[] m = mass.clone();
        double[] w = width.clone();
        double[][] v = {mixing[0].clone(), mixing[1].clone(), mixing[2].clone()};
        double mw = mWr;
        double ww = widthWr;
        if (name.equals("MWR")) {
            mw = value;
        } else if (name.equals("WWR")) {
            ww = value;
        } else if (name.matches("[MW]N[123]")) {
            (name.charAt(0) == 'M' ? m : w)[name.charAt(2) - '1'] = value;
        } else {
            int l = -1;
            for (int k = 0; k < 3; k++) {
                if (name.matches("V" + LEPTON[k] + "N[123]")) {
                    l = k;
                }
            }
            if (l < 0) {
                return null;
            }
            v[l][name.charAt(name.length() - 1) - '1'] = value;
        }
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, found " + value);
        }
        return new HeavyNeutrinoSector(m, w, v, mw, ww);
    }

    /**
     * Γ(W_R) in its propagators: WWR if set, else the LRSM width of §11 with the heavy neutrinos
     * that are in the model (W_R → ℓ_i N_i below threshold), six light quark pairs and t b̄.
     *
     * @throws IllegalStateException outside an {@link AmplitudeModel} (widths not yet resolved)
     */
    public double widthWr() {
        return resolvedWidths()[3];
    }

    /** Γ_N_{i+1} in its propagators: WN if set, else {@link #autoWidthN}. */
    public double widthN(int i) {
        return resolvedWidths()[i];
    }

    private double[] resolvedWidths() {
        if (resolved == null) {
            throw new IllegalStateException("heavy-neutrino widths are resolved by AmplitudeModel");
        }
        return resolved;
    }

    /**
     * The LRSM W_R width (physics-formulas.md §11): g²M/(48π)[Σ_i (1 − x_i)²(1 + x_i/2) + 6 + 3(1 −
     * x_t)²(1 + x_t/2)] over the N_i in the model lighter than W_R.
     */
    double autoWidthWr(StandardModel sm) {
        if (!rightW()) {
            return 0;
        }
        double sum = 6;
        double xt = sm.mTop() * sm.mTop() / (mWr * mWr);
        sum += xt < 1 ? 3 * (1 - xt) * (1 - xt) * (1 + xt / 2) : 0;
        for (double mi : mass) {
            double x = mi * mi / (mWr * mWr);
            sum += mi > 0 && x < 1 ? (1 - x) * (1 - x) * (1 + x / 2) : 0;
        }
        return sm.g() * sm.g() * mWr * sum / (48 * Math.PI);
    }

    /**
     * Γ(N_i → ℓ_i⁻ q q̄′ + ℓ_i⁺ q̄ q′) through an off-shell W_R, the two light quark generations
     * (massless), exactly: with s = m_qq̄′², Σ̄|M|² = 2g⁴(p_N·p_q̄′)(p_ℓ·p_q)/|s − M² + iMΓ|² (§11)
     * integrated over the other Dalitz variable gives Γ = 4 · 3 g⁴/(256π³m³) ∫₀^{m²} ds (m² −
     * s)²(m² + 2s)/(12 |D(s)|²), evaluated by 64-point Gauss–Legendre on s (the integrand is smooth
     * for m < M). 0 without W_R; the t b̄ mode and the SM-W mixing modes are not counted (set WN
     * for those).
     */
    double autoWidthN(int i, StandardModel sm, double widthWrInUse) {
        if (!rightW() || mass[i] <= 0 || mass[i] >= mWr) {
            return 0;
        }
        double m2 = mass[i] * mass[i];
        double mw2 = mWr * mWr;
        double mg = mWr * widthWrInUse;
        double sum = 0;
        double[][] rule = GaussLegendre.RULE_64;
        for (double[] node : rule) {
            double s = 0.5 * m2 * (1 + node[0]);
            double d = (s - mw2) * (s - mw2) + mg * mg;
            sum += node[1] * (m2 - s) * (m2 - s) * (m2 + 2 * s) / (12 * d);
        }
        sum *= 0.5 * m2;
        double g = sm.g();
        return 4 * 3 * g * g * g * g * sum / (256 * Math.pow(Math.PI, 3) * m2 * mass[i]);
    }

    /**
     * Equal when every parameter (and the resolved widths) is equal, so models compare by value.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof HeavyNeutrinoSector h
                && Arrays.equals(mass, h.mass)
                && Arrays.equals(width, h.width)
                && Arrays.deepEquals(mixing, h.mixing)
                && Double.compare(mWr, h.mWr) == 0
                && Double.compare(widthWr, h.widthWr) == 0
                && Arrays.equals(resolved, h.resolved);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(
                new int[] {
                    Arrays.hashCode(mass),
                    Arrays.hashCode(width),
                    Arrays.deepHashCode(mixing),
                    Double.hashCode(mWr),
                    Double.hashCode(widthWr),
                    Arrays.hashCode(resolved)
                });
    }
}
