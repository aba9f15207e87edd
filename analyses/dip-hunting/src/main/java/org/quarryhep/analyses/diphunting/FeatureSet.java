package org.quarryhep.analyses.diphunting;

import java.util.List;

/**
 * Which parton-level observables the networks see (the {@code observables} key of the analysis
 * file).
 *
 * <p>{@link #SPIN} adds the dilepton spin observables cos φ and c₁c₂ (of {@link
 * org.quarryhep.gen.process.DileptonSpinObservables}). Why c₁c₂ and not c₁ and c₂: at leading order
 * no top is polarised, so every density of the decayed record is linear in the bilinears l̂₁ᵢ l̂₂ⱼ
 * and even under (c₁, c₂) → (−c₁, −c₂); the J = 0 signal and the interference (which decays like
 * it) depend on the leptons only through cos φ and c₁c₂ — ³P₀: 1 − cos φ − 2c₁c₂, ¹S₀: 1 + cos φ
 * ({@code DileptonRunTest} checks both against the generator's spin weights) — so c₁ and c₂ apart
 * carry nothing more about S, and one input fewer is one product fewer for a small network to learn
 * in 15 epochs. QCD's correlation also involves the beam axis, which these two inputs do not
 * resolve; that part of the decayed ratio is what the spin inputs leave unlearned.
 */
enum FeatureSet {
    /** The production kinematics: (m_tt̄, |cos θ*|, y_tt̄). */
    PRODUCTION(List.of("mtt", "abs_cos", "y_tt")),
    /** The production kinematics and the dilepton spin observables cos φ and c₁c₂. */
    SPIN(List.of("mtt", "abs_cos", "y_tt", "cos_phi", "c1c2"));

    private final List<String> names;

    FeatureSet(List<String> names) {
        this.names = names;
    }

    /** The observables' names. */
    List<String> names() {
        return names;
    }

    /**
     * One observable of one event, by its name in {@link #names}.
     *
     * @param name the observable
     * @param pool the events
     * @param i the event
     * @return its value
     */
    static float value(String name, PartonPool pool, int i) {
        return switch (name) {
            case "mtt" -> pool.mtt(i);
            case "abs_cos" -> pool.absCos(i);
            case "y_tt" -> pool.rapidity(i);
            case "cos_phi" -> pool.cosPhi(i);
            case "c1c2" -> pool.c1c2(i);
            default -> throw new DipHuntingException("unknown network input " + name);
        };
    }

    /** The analysis file's word for it. */
    String word() {
        return this == SPIN ? "spin" : "production";
    }
}
