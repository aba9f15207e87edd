package org.quarryhep.gen.amplitude;

import org.quarryhep.gen.model.StandardModel;

/**
 * The parameters the recursion needs: the G_μ-scheme electroweak inputs of {@link StandardModel}
 * (MadGraph {@code sm} defaults), the Higgs mass and width, and a fixed α_s (MadGraph's standalone
 * check has no running either). Light quarks (d, u, s, c), e, μ and the neutrinos are massless, as
 * in the {@code sm} model; t, b and τ carry the masses of {@link StandardModel} and Yukawa
 * couplings m_f/v. Beyond the {@code sm} model, an optional top-philic scalar ({@link
 * ScalarResonance}), right-handed smuon ({@link RightSmuon}) and heavy Majorana neutrinos with the
 * left-right model's W_R ({@link HeavyNeutrinoSector}), all off by default.
 *
 * @param sm electroweak inputs, masses and widths
 * @param alphaS the strong coupling α_s
 * @param mHiggs Higgs mass, GeV
 * @param widthHiggs Higgs width, GeV
 * @param scalar the top-philic scalar, {@link ScalarResonance#NONE} when absent
 * @param smuon the right-handed smuon, {@link RightSmuon#NONE} when absent
 * @param heavy the heavy neutrinos and W_R, {@link HeavyNeutrinoSector#NONE} when absent
 * @param neutralino the bino-like χ̃⁰₁, {@link Neutralino#NONE} when absent
 */
public record AmplitudeModel(
        StandardModel sm,
        double alphaS,
        double mHiggs,
        double widthHiggs,
        ScalarResonance scalar,
        RightSmuon smuon,
        HeavyNeutrinoSector heavy,
        Neutralino neutralino) {

    /** Computes the heavy-neutrino widths that were not set from these SM inputs. */
    public AmplitudeModel {
        heavy = heavy.resolvedFor(sm);
    }

    /** A model without heavy neutrinos (the constructor before they were added). */
    public AmplitudeModel(
            StandardModel sm,
            double alphaS,
            double mHiggs,
            double widthHiggs,
            ScalarResonance scalar,
            RightSmuon smuon) {
        this(
                sm,
                alphaS,
                mHiggs,
                widthHiggs,
                scalar,
                smuon,
                HeavyNeutrinoSector.NONE,
                Neutralino.NONE);
    }

    /** MadGraph's {@code sm} param card: aS = 0.118, MH = 125 GeV, WH = 6.38233934e-3 GeV. */
    public static AmplitudeModel madgraphDefaults() {
        return new AmplitudeModel(
                StandardModel.madgraphDefaults(),
                0.118,
                125.0,
                6.38233934e-3,
                ScalarResonance.NONE,
                RightSmuon.NONE);
    }

    /** A copy with the top-philic scalar switched on (or off with {@link ScalarResonance#NONE}). */
    public AmplitudeModel withScalar(ScalarResonance s) {
        return new AmplitudeModel(sm, alphaS, mHiggs, widthHiggs, s, smuon, heavy, neutralino);
    }

    /** A copy with the right-handed smuon switched on (or off with {@link RightSmuon#NONE}). */
    public AmplitudeModel withSmuon(RightSmuon s) {
        return new AmplitudeModel(sm, alphaS, mHiggs, widthHiggs, scalar, s, heavy, neutralino);
    }

    /** A copy with the neutralino switched on (or off with {@link Neutralino#NONE}). */
    public AmplitudeModel withNeutralino(Neutralino x) {
        return new AmplitudeModel(sm, alphaS, mHiggs, widthHiggs, scalar, smuon, heavy, x);
    }

    /** A copy with this heavy-neutrino sector (or none with {@link HeavyNeutrinoSector#NONE}). */
    public AmplitudeModel withHeavyNeutrinos(HeavyNeutrinoSector h) {
        return new AmplitudeModel(sm, alphaS, mHiggs, widthHiggs, scalar, smuon, h, neutralino);
    }

    /**
     * A copy with one parameter replaced, by its MadGraph param-card name: {@code aS}, {@code MH},
     * {@code WH}, {@code MNEU1} (switches the neutralino on), a name of {@link
     * HeavyNeutrinoSector#with} ({@code MN1}, {@code MWR}, {@code VeN1}, …), or any name {@link
     * StandardModel#with} knows.
     *
     * @param name the parameter name
     * @param value the new value
     * @return the modified model
     * @throws IllegalArgumentException for an unknown name
     */
    public AmplitudeModel with(String name, double value) {
        return switch (name) {
            case "aS" ->
                    new AmplitudeModel(
                            sm, value, mHiggs, widthHiggs, scalar, smuon, heavy, neutralino);
            case "MH" ->
                    new AmplitudeModel(
                            sm, alphaS, value, widthHiggs, scalar, smuon, heavy, neutralino);
            case "MNEU1" -> withNeutralino(Neutralino.bino(value));
            case "WH" ->
                    new AmplitudeModel(sm, alphaS, mHiggs, value, scalar, smuon, heavy, neutralino);
            default -> {
                HeavyNeutrinoSector h = heavy.with(name, value);
                yield h != null
                        ? withHeavyNeutrinos(h)
                        : new AmplitudeModel(
                                sm.with(name, value),
                                alphaS,
                                mHiggs,
                                widthHiggs,
                                scalar,
                                smuon,
                                heavy,
                                neutralino);
            }
        };
    }

    /** The pole mass of a particle (0 for the massless ones). */
    public double mass(int pdg) {
        return switch (Math.abs(pdg)) {
            case 6 -> sm.mTop();
            case 5 -> sm.mBottom();
            case 15 -> sm.mTau();
            case 23 -> sm.mZ();
            case 24 -> sm.mW();
            case 25 -> mHiggs;
            case 35, 36 -> scalar.mass();
            case RightSmuon.PDG -> smuon.mass();
            case Neutralino.PDG -> neutralino.mass();
            case HeavyNeutrinoSector.PDG_WR -> heavy.massWr();
            case HeavyNeutrinoSector.PDG_N1,
                            HeavyNeutrinoSector.PDG_N1 + 2,
                            HeavyNeutrinoSector.PDG_N1 + 4 ->
                    heavy.mass(HeavyNeutrinoSector.index(pdg));
            default -> 0;
        };
    }

    /** The width used in s-channel propagators. */
    public double width(int pdg) {
        return switch (Math.abs(pdg)) {
            case 6 -> sm.widthTop();
            case 23 -> sm.widthZ();
            case 24 -> sm.widthW();
            case 25 -> widthHiggs;
            case 35, 36 -> scalar.width();
            case RightSmuon.PDG -> smuon.width();
            case HeavyNeutrinoSector.PDG_WR -> heavy.widthWr();
            case HeavyNeutrinoSector.PDG_N1,
                            HeavyNeutrinoSector.PDG_N1 + 2,
                            HeavyNeutrinoSector.PDG_N1 + 4 ->
                    heavy.widthN(HeavyNeutrinoSector.index(pdg));
            default -> 0;
        };
    }

    /** The strong coupling g_s = √(4π α_s). */
    public double gs() {
        return Math.sqrt(4 * Math.PI * alphaS);
    }
}
