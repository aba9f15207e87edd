package org.quarryhep.shower.decay;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;

/**
 * Turns the coloured products of an inclusive decay ({@link DecayModel#PARTONIC}) into hadrons;
 * implemented by the string model ({@code org.quarryhep.shower.hadron.Hadronization}).
 */
@FunctionalInterface
public interface PartonFragmenter {
    /**
     * Hadronises colour-singlet parton systems.
     *
     * @param ids the partons: consecutive colour-singlet pairs (a triplet and an antitriplet, in
     *     either order), or gluons only, which form one closed colour loop in the order given
     * @param momenta their momenta, GeV
     * @param rng the random stream
     * @return the primary hadrons (status 1, no relations), carrying the partons' total momentum;
     *     empty when the system cannot be hadronised
     */
    List<Particle> fragment(int[] ids, FourMomentum[] momenta, SplittableRandom rng);
}
