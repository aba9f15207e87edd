package org.quarryhep.shower.parton;

/**
 * Recognises the Born processes that start a power shower with a matrix-element-corrected first
 * emission: a colour singlet made from a light quark pair or from two gluons.
 */
final class SingletProduction {
    private SingletProduction() {}

    /**
     * True for a system not yet branched whose incoming partons are a light quark and antiquark and
     * whose outgoing particles are all colourless (q q̄ → γ*, Z, W, and colour-singlet pairs).
     */
    static boolean fromQuarkPair(ShowerSystem sys) {
        if (sys.emitted || sys.resonance != null) {
            return false;
        }
        int product = 1;
        int incoming = 0;
        for (Parton p : sys.partons) {
            if (p.incoming) {
                if (p.isGluon() || Math.abs(p.id) > 5) {
                    return false;
                }
                product *= p.id;
                incoming++;
            } else if (p.coloured()) {
                return false;
            }
        }
        return incoming == 2 && product < 0;
    }

    /**
     * True for a system not yet branched with two incoming gluons and only colourless outgoing
     * particles (g g → H, S).
     */
    static boolean fromGluonPair(ShowerSystem sys) {
        if (sys.emitted || sys.resonance != null) {
            return false;
        }
        int gluons = 0;
        for (Parton p : sys.partons) {
            if (p.incoming) {
                gluons += p.isGluon() ? 1 : 0;
            } else if (p.coloured()) {
                return false;
            }
        }
        return gluons == 2;
    }
}
