package org.quarryhep.core;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One particle of an event record.
 *
 * <p>Relations are indices into the owning {@link Event}: {@code mothers} index its particles
 * (0-based), {@code productionVertex} and {@code endVertex} its vertices (−1 for none). LHE records
 * give mothers directly; HepMC records give vertices, and {@link Event.Builder} derives mothers
 * from the production vertex.
 *
 * @param pdgId PDG code
 * @param status status code (1 final state; LHE −1 incoming, 2 intermediate; HepMC as written)
 * @param momentum four-momentum in GeV
 * @param generatedMass mass as written by the generator, GeV (NaN when the file gave none)
 * @param mothers indices of mother particles (not copied: treat as read-only)
 * @param productionVertex index of the production vertex, or −1
 * @param endVertex index of the decay vertex, or −1
 * @param colour LHE/HepMC colour line, 0 for none
 * @param anticolour anticolour line, 0 for none
 * @param lifetimeMm proper lifetime c·τ in mm (LHE VTIMUP), 0 when not given
 * @param spin cosine of the spin angle or helicity (LHE SPINUP), 9 when unknown
 * @param attributes further named attributes as written in the file (read-only)
 */
public record Particle(
        int pdgId,
        int status,
        FourMomentum momentum,
        double generatedMass,
        int[] mothers,
        int productionVertex,
        int endVertex,
        int colour,
        int anticolour,
        double lifetimeMm,
        double spin,
        Map<String, String> attributes) {

    /** Status code of stable final-state particles, shared by LHE and HepMC. */
    public static final int FINAL_STATE = 1;

    /** LHE's SPINUP value for "unknown". */
    public static final double SPIN_UNKNOWN = 9.0;

    private static final int[] NONE = new int[0];

    /** Validates and normalises the fields. */
    public Particle {
        Objects.requireNonNull(momentum, "momentum");
        mothers = mothers == null ? NONE : mothers;
        attributes = OrderedMaps.copyOf(attributes);
    }

    /** A particle with only an id, status and momentum; no relations. */
    public static Particle of(int pdgId, int status, FourMomentum momentum) {
        return new Particle(
                pdgId, status, momentum, Double.NaN, NONE, -1, -1, 0, 0, 0, SPIN_UNKNOWN, null);
    }

    /** True for stable final-state particles (status 1). */
    public boolean isFinal() {
        return status == FINAL_STATE;
    }

    /** Electric charge in units of e (0 for codes without a known charge). */
    public double charge() {
        return PdgTable.threeCharge(pdgId).orElse(0) / 3.0;
    }

    /** Transverse momentum, GeV. */
    public double pt() {
        return momentum.pt();
    }

    /** Pseudorapidity. */
    public double eta() {
        return momentum.eta();
    }

    /** Azimuth in [−π, π). */
    public double phi() {
        return momentum.phi();
    }

    /** Mass: the generator's when given, otherwise the momentum's invariant mass. */
    public double mass() {
        return Double.isNaN(generatedMass) ? momentum.mass() : generatedMass;
    }

    /** A copy with other mother indices. */
    public Particle withMothers(int... newMothers) {
        return new Particle(
                pdgId,
                status,
                momentum,
                generatedMass,
                newMothers,
                productionVertex,
                endVertex,
                colour,
                anticolour,
                lifetimeMm,
                spin,
                attributes);
    }

    /** A copy with other vertex indices. */
    public Particle withVertices(int production, int end) {
        return new Particle(
                pdgId,
                status,
                momentum,
                generatedMass,
                mothers,
                production,
                end,
                colour,
                anticolour,
                lifetimeMm,
                spin,
                attributes);
    }

    /** A copy with another status. */
    public Particle withStatus(int newStatus) {
        return new Particle(
                pdgId,
                newStatus,
                momentum,
                generatedMass,
                mothers,
                productionVertex,
                endVertex,
                colour,
                anticolour,
                lifetimeMm,
                spin,
                attributes);
    }

    /** A copy with another PDG id. */
    public Particle withPdgId(int newPdgId) {
        return new Particle(
                newPdgId,
                status,
                momentum,
                generatedMass,
                mothers,
                productionVertex,
                endVertex,
                colour,
                anticolour,
                lifetimeMm,
                spin,
                attributes);
    }

    /** A copy with another momentum. */
    public Particle withMomentum(FourMomentum p) {
        return new Particle(
                pdgId,
                status,
                p,
                generatedMass,
                mothers,
                productionVertex,
                endVertex,
                colour,
                anticolour,
                lifetimeMm,
                spin,
                attributes);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Particle p)) {
            return false;
        }
        return pdgId == p.pdgId
                && status == p.status
                && momentum.equals(p.momentum)
                && Double.compare(generatedMass, p.generatedMass) == 0
                && Arrays.equals(mothers, p.mothers)
                && productionVertex == p.productionVertex
                && endVertex == p.endVertex
                && colour == p.colour
                && anticolour == p.anticolour
                && Double.compare(lifetimeMm, p.lifetimeMm) == 0
                && Double.compare(spin, p.spin) == 0
                && attributes.equals(p.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pdgId, status, momentum, productionVertex, endVertex)
                + 31 * Arrays.hashCode(mothers);
    }

    @Override
    public String toString() {
        return String.format(
                "Particle[%s (%d), status %d, pt %.4g, eta %.4g, phi %.4g, m %.4g, mothers %s]",
                PdgTable.name(pdgId),
                pdgId,
                status,
                pt(),
                eta(),
                phi(),
                mass(),
                Arrays.toString(mothers));
    }
}
