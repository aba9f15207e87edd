package org.quarryhep.shower.decay;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quarryhep.core.UnknownParticleException;

/**
 * Masses, widths, lifetimes and decay tables of the particles the shower, the hadronisation and the
 * decays produce, written here from the Review of Particle Physics 2024 (S. Navas et al. (Particle
 * Data Group), Phys. Rev. D 110, 030001 (2024)): central values of masses, widths, mean lives and
 * branching ratios.
 *
 * <p>Where the PDG lists only part of the width in exclusive channels (charm and bottom hadrons,
 * quarkonia) the rest is given to inclusive {@link DecayModel#PARTONIC} channels (c → s u d̄, b → c
 * u d̄, b → c c̄ s, b → c ℓ ν, Q Q̄ → g g g) whose quarks the string model hadronises; the
 * inclusive fractions follow the PDG inclusive rates (semileptonic B 10.3–11 % per lepton, B → D_s
 * X about 10 %). Branching ratios are normalised to sum to one; {@link #listedFraction(int)} keeps
 * what the PDG channels add up to. Constituent masses of quarks and diquarks are Pythia 8's
 * (hep-ph/0603175 §12.1), used only to give partons of inclusive decays a mass.
 *
 * <p>Stable here: γ, e, μ, neutrinos, π±, K±, K_L⁰, p, n (what happens to them in matter is the
 * detector's business).
 */
public final class ParticleDataTable {
    /** ħc in GeV·mm (CODATA 2018), to turn a width into a proper decay length. */
    public static final double HBARC_GEV_MM = 1.973269804e-13;

    /** Breit–Wigner masses are drawn within this many widths of the pole mass. */
    private static final double WIDTHS_IN_RANGE = 5.0;

    private static final ParticleDataTable PDG_2024 = Pdg2024Data.table();

    private final Map<Integer, ParticleEntry> byId;
    private final Map<Integer, Double> listed;
    private final Map<Integer, Double> minMass = new LinkedHashMap<>();

    ParticleDataTable(Map<Integer, ParticleEntry> byId, Map<Integer, Double> listed) {
        this.byId = Collections.unmodifiableMap(byId);
        this.listed = listed;
        for (int id : byId.keySet()) {
            minMass.put(id, computeMinMass(id, 0));
        }
    }

    /** The table written from the PDG 2024 review. */
    public static ParticleDataTable pdg2024() {
        return PDG_2024;
    }

    /** Every species, in table order. */
    public Collection<ParticleEntry> all() {
        return byId.values();
    }

    /** The entry of a species (antiparticle codes map to the particle's entry). */
    public Optional<ParticleEntry> find(int pdgId) {
        return Optional.ofNullable(byId.get(Math.abs(pdgId)));
    }

    /**
     * The entry of a species.
     *
     * @throws UnknownParticleException when the code is not in the table
     */
    public ParticleEntry get(int pdgId) {
        ParticleEntry e = byId.get(Math.abs(pdgId));
        if (e == null) {
            throw new UnknownParticleException(
                    "PDG id " + pdgId + " is not in the shower's particle data table");
        }
        return e;
    }

    /** Nominal (pole) mass in GeV. */
    public double mass(int pdgId) {
        return get(pdgId).mass();
    }

    /** The sum of the PDG branching ratios listed for a particle, before normalisation. */
    public double listedFraction(int pdgId) {
        Double f = listed.get(Math.abs(pdgId));
        return f == null ? 0 : f;
    }

    /** The antiparticle code (the same code for self-conjugate species). */
    public int conjugate(int pdgId) {
        ParticleEntry e = byId.get(Math.abs(pdgId));
        return e != null && e.selfConjugate() ? pdgId : -pdgId;
    }

    /** The lightest mass a particle may be given: pole mass less the Breit–Wigner range. */
    public double minMass(int pdgId) {
        return minMass.get(Math.abs(pdgId));
    }

    /**
     * A mass for a particle: the pole mass for narrow states, otherwise a Breit–Wigner (Cauchy)
     * draw within ±{@value #WIDTHS_IN_RANGE} widths, above the lightest open channel and below
     * {@code maxMass}.
     *
     * @return the mass, or NaN when no mass below {@code maxMass} is allowed
     */
    public double sampleMass(int pdgId, double maxMass, SplittableRandom rng) {
        ParticleEntry e = get(pdgId);
        double lo = minMass(pdgId);
        if (!(lo < maxMass)) {
            return Double.NaN;
        }
        if (e.width() < 1e-4 || e.stable()) {
            return e.mass() <= maxMass ? e.mass() : Double.NaN;
        }
        double hi = Math.min(maxMass, e.mass() + WIDTHS_IN_RANGE * e.width());
        double half = 0.5 * e.width();
        double a = Math.atan((lo - e.mass()) / half);
        double b = Math.atan((hi - e.mass()) / half);
        return e.mass() + half * Math.tan(a + (b - a) * rng.nextDouble());
    }

    private double computeMinMass(int id, int depth) {
        ParticleEntry e = byId.get(Math.abs(id));
        if (e.stable() || e.width() < 1e-4 || depth > 4) {
            return e.mass();
        }
        double threshold = Double.POSITIVE_INFINITY;
        for (DecayChannel c : e.channels()) {
            double sum = 0;
            for (int p : c.products()) {
                sum += computeMinMass(p, depth + 1);
            }
            threshold = Math.min(threshold, sum);
        }
        return Math.max(e.mass() - WIDTHS_IN_RANGE * e.width(), threshold + 1e-6);
    }
}
