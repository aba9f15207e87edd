package org.quarryhep.shower.decay;

import java.util.Arrays;

/**
 * One decay channel of a particle (written for the particle; the antiparticle uses the conjugate
 * products).
 *
 * @param branchingRatio fraction of decays into this channel, as listed by the PDG
 * @param model how the product momenta are distributed
 * @param products PDG codes of the products (read-only); one product is a relabelling (K⁰ → K_S⁰)
 */
public record DecayChannel(double branchingRatio, DecayModel model, int[] products) {

    /** Validates the channel. */
    public DecayChannel {
        if (!(branchingRatio > 0 && branchingRatio <= 1)) {
            throw new IllegalArgumentException(
                    "branching ratio must be in (0, 1], got " + branchingRatio);
        }
        if (products.length == 0) {
            throw new IllegalArgumentException("a decay needs at least one product");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecayChannel c
                && c.branchingRatio == branchingRatio
                && c.model == model
                && Arrays.equals(c.products, products);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(branchingRatio)
                + 31 * model.hashCode()
                + 17 * Arrays.hashCode(products);
    }

    @Override
    public String toString() {
        return branchingRatio + " " + model + " " + Arrays.toString(products);
    }
}
