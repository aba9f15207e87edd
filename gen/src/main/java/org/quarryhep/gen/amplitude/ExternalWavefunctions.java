package org.quarryhep.gen.amplitude;

/**
 * The external particles' colourless wavefunctions of a {@link MatrixElement}: spinors and
 * polarisation vectors per helicity index, the Ward-identity probe vector, and the initial-state
 * average over helicities and colours.
 */
final class ExternalWavefunctions {
    private final int[] physical;
    private final int nIn;
    private final AmplitudeModel model;

    /**
     * @param physical PDG ids in the subprocess's order (incoming first, not crossed)
     * @param nIn the number of incoming particles
     * @param model masses (a massive vector has three helicity states)
     */
    ExternalWavefunctions(int[] physical, int nIn, AmplitudeModel model) {
        this.physical = physical.clone();
        this.nIn = nIn;
        this.model = model;
    }

    /** The number of helicity states of particle i. */
    int helicityStates(int i) {
        Particle part = Particle.byPdg(physical[i]);
        return part.helicityStates(model.mass(physical[i]) > 0);
    }

    /** The initial-state average: helicity states times colours of the incoming particles. */
    double average() {
        double average = 1;
        for (int i = 0; i < nIn; i++) {
            average *= helicityStates(i) * Particle.byPdg(physical[i]).colour();
        }
        return average;
    }

    /**
     * A vector boson's polarisation replaced by its momentum k/E (the Ward-identity probe), in the
     * (re, im) layout of the wavefunctions.
     */
    static double[] probeVector(double[] k) {
        double[] e = new double[8];
        for (int mu = 0; mu < 4; mu++) {
            e[2 * mu] = k[mu] / k[0];
        }
        return e;
    }

    /** The colourless wavefunction of particle i with helicity index h. */
    double[] wavefunction(int i, double[] p, int h) {
        int id = physical[i];
        Particle part = Particle.byPdg(id);
        boolean incoming = i < nIn;
        if (part.twiceSpin() == 0) {
            return new double[] {1, 0};
        }
        if (part.isFermion()) {
            int helicity = 2 * h - 1;
            if (incoming) {
                return id > 0
                        ? ExternalStates.u(p, helicity)
                        : ExternalStates.bar(ExternalStates.v(p, helicity));
            }
            return id > 0
                    ? ExternalStates.bar(ExternalStates.u(p, helicity))
                    : ExternalStates.v(p, helicity);
        }
        double mass = model.mass(id);
        int helicity = mass > 0 ? h - 1 : 2 * h - 1;
        return ExternalStates.polarisation(p, mass, helicity, !incoming);
    }
}
