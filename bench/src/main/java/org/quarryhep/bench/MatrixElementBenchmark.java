package org.quarryhep.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.ProcessSyntax;

/**
 * One Σ̄|M|² evaluation (full helicity and colour sum) of the Berends–Giele engine at a fixed
 * momentum-conserving point, √ŝ = 1 TeV: g g → t t̄ g (the madgraph4gpu reference process) and d d̄
 * → e⁺e⁻ g.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class MatrixElementBenchmark {

    /** The process string. */
    @Param({"g g > t t~ g", "d d~ > e+ e- g"})
    public String process;

    private MatrixElement me;
    private FourMomentum[] point;

    /** Builds the matrix element and the point. */
    @Setup
    public void prepare() {
        AmplitudeModel model = AmplitudeModel.madgraphDefaults();
        me = new MatrixElement(ProcessSyntax.subprocesses(process).get(0), model);
        double m = process.contains("t") ? model.sm().mTop() : 0;
        // final state: two particles of mass m back to back in the plane, and a massless parton
        // taking the recoil; energies fixed by √ŝ = 1000 GeV
        FourMomentum p3 = FourMomentum.ofPxPyPzM(120, 60, 210, m);
        FourMomentum p4 = FourMomentum.ofPxPyPzM(-40, -150, -90, m);
        FourMomentum k = FourMomentum.ofPxPyPzM(-80, 90, -120, 0);
        double e = p3.e() + p4.e() + k.e();
        double pz = p3.pz() + p4.pz() + k.pz();
        // incoming beams along z with total (e, 0, 0, pz)
        point =
                new FourMomentum[] {
                    FourMomentum.ofPxPyPzE(0, 0, (e + pz) / 2, (e + pz) / 2),
                    FourMomentum.ofPxPyPzE(0, 0, -(e - pz) / 2, (e - pz) / 2),
                    p3,
                    p4,
                    k
                };
    }

    /** Σ̄|M|² at the point. */
    @Benchmark
    public double squared() {
        return me.squared(point);
    }
}
