package org.quarryhep.gen.amplitude;

/**
 * The quantum numbers a subprocess must conserve between its initial and final state, or a decay
 * between its parent and products: electric charge, the quark-generation numbers and (unless the
 * model breaks it) the lepton-family numbers.
 */
final class ConservedNumbers {
    private ConservedNumbers() {}

    /**
     * Charge and quark-generation conservation, and lepton-family conservation unless {@code
     * leptonNumber} is false (a model with Majorana neutrinos, which mix with every family and
     * violate lepton number by two units; the recursion then decides which subprocesses exist).
     */
    static boolean conserves(int[] in, int[] out, boolean leptonNumber) {
        double[] balance = new double[7];
        add(balance, in, 1);
        add(balance, out, -1);
        int checked = leptonNumber ? balance.length : 4;
        for (int k = 0; k < checked; k++) {
            double b = balance[k];
            if (Math.abs(b) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    private static void add(double[] balance, int[] ids, int sign) {
        for (int id : ids) {
            Particle p = Particle.byPdg(id);
            balance[0] += sign * p.charge();
            int a = Math.abs(id);
            int n = id > 0 ? sign : -sign;
            if (a <= 6) {
                balance[1 + (a - 1) / 2] += n;
            } else if (a >= 11 && a <= 16) {
                balance[4 + (a - 11) / 2] += n;
            } else if (a == RightSmuon.PDG) {
                balance[5] += n; // the smuon carries its muon's family number
            }
        }
    }
}
