package org.quarryhep.gen.amplitude;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TmpTimingTest {
    @Test
    void time() {
        AmplitudeModel model = AmplitudeModel.madgraphDefaults();
        var bean = ManagementFactory.getThreadMXBean();
        for (String process :
                new String[] {
                    "g g > t t~", "g g > t t~ g", "g g > t t~ g g", "g g > g g g", "u u~ > g g g"
                }) {
            MatrixElement me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), model);
            int[] crossed = me.crossedIds();
            double[] masses = new double[crossed.length - 2];
            for (int i = 0; i < masses.length; i++)
                masses[i] = model.mass(Math.abs(crossed[2 + i]));
            SplittableRandom rng = new SplittableRandom(1);
            double[][][] pts = new double[64][][];
            for (int i = 0; i < 64; i++)
                pts[i] = me.momentumArrays(PhaseSpacePoints.random(1000, masses, rng));
            long t0 = bean.getCurrentThreadCpuTime();
            OrderedColourSum f = me.orderedSum();
            long t1 = bean.getCurrentThreadCpuTime();
            double sum = 0;
            for (int rep = 0; rep < 2; rep++) {
                long start = bean.getCurrentThreadCpuTime();
                int count = 0;
                while (bean.getCurrentThreadCpuTime() - start < 2e9) {
                    for (int k = 0; k < 16; k++) sum += f.squared(pts[(count++) % 64]);
                }
                double rate = count / ((bean.getCurrentThreadCpuTime() - start) * 1e-9);
                if (rep == 1)
                    System.out.printf(
                            "TIMING %s: %.4g /cpu-s (build %.2f s, flows %d, hel kept %d)%n",
                            process, rate, (t1 - t0) * 1e-9, f.flowCount(), f.keptHelicities());
            }
        }
    }
}
