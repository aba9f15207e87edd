package org.quarryhep.gen.treelevel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.Subprocess;

/**
 * Classes of subprocesses with the same Σ̄|M|² at the same momenta, so that {@link
 * TreeLevelProcess} evaluates each class once per point (as MadGraph groups its subprocesses).
 */
final class EquivalentSubprocesses {
    private EquivalentSubprocesses() {}

    /**
     * For each subprocess, the first one with the same Σ̄|M|² at the same momenta: the {@code sm}
     * model has no CKM mixing and massless first- and second-generation quarks and leptons, so
     * swapping the generations 1 ↔ 2 (d ↔ s, u ↔ c; e ↔ μ, ν_e ↔ ν_μ) throughout a subprocess
     * leaves its amplitude unchanged (u ū → e⁺e⁻ g and c c̄ → e⁺e⁻ g, or u ū → μ⁺μ⁻ g).
     */
    static int[] representatives(List<Subprocess> subprocesses, AmplitudeModel model) {
        Map<String, Integer> first = new LinkedHashMap<>();
        int[] out = new int[subprocesses.size()];
        for (int s = 0; s < out.length; s++) {
            Subprocess sp = subprocesses.get(s);
            String key = null;
            for (int quarks = 0; quarks < 2; quarks++) {
                for (int leptons = 0; leptons < 2; leptons++) {
                    String k =
                            Arrays.toString(swapped(sp.incoming(), quarks, leptons, model))
                                    + Arrays.toString(
                                            swapped(sp.outgoing(), quarks, leptons, model))
                                    + sp.orderLimits()
                                    + sp.excluded()
                                    + sp.sChannel()
                                    + sp.onShellExcluded()
                                    + sp.resonances();
                    key = key == null || k.compareTo(key) < 0 ? k : key;
                }
            }
            int index = s;
            out[s] = first.computeIfAbsent(key, k -> index);
        }
        return out;
    }

    /** ids with generations 1 ↔ 2 swapped for quarks and/or leptons, where both are massless. */
    private static int[] swapped(int[] ids, int quarks, int leptons, AmplitudeModel model) {
        int[] out = ids.clone();
        for (int i = 0; i < out.length; i++) {
            int a = Math.abs(out[i]);
            int swap = a;
            if (quarks == 1 && a >= 1 && a <= 4) {
                swap = a <= 2 ? a + 2 : a - 2;
            } else if (leptons == 1 && a >= 11 && a <= 14) {
                swap = a <= 12 ? a + 2 : a - 2;
            }
            if (model.mass(swap) == model.mass(a)) {
                out[i] = Integer.signum(out[i]) * swap;
            }
        }
        return out;
    }
}
