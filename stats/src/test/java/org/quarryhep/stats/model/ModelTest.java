package org.quarryhep.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.stats.InvalidModelException;
import org.quarryhep.stats.InvalidSpecificationException;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.WorkspaceReader;
import org.quarryhep.stats.modifier.Constraint;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/** Model compilation conventions and the analytic gradient. */
class ModelTest {

    @Test
    void staterrorWidthIsCombinedInQuadratureOverItsSamples() {
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {30, 20})
                        .addSample("SR", "sig", new double[] {5, 5})
                        .optNormFactor("mu")
                        .addSample("SR", "a", new double[] {10, 6})
                        .optStatError("stat", new double[] {3, 0})
                        .addSample("SR", "b", new double[] {20, 0})
                        .optStatError("stat", new double[] {4, 0})
                        .build();
        Model m = Model.compile(ws);
        int i = m.parameterSet("stat").orElseThrow().offset();
        // σ_rel = √(3² + 4²)/(10 + 20) = 5/30; bin 2 has no uncertainty, so γ_2 is held at 1.
        Tolerance.assertRelative(5.0 / 30, m.constraintSigma(i), 1e-15, "sigma bin 1");
        assertEquals(Constraint.NORMAL, m.constraint(i));
        assertEquals(Constraint.NONE, m.constraint(i + 1));
        assertEquals(true, m.fixedParameters()[i + 1]);
    }

    @Test
    void shapesysTauIsNominalOverSigmaSquaredAndYieldsFollowTheProductForm() {
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {55})
                        .addSample("SR", "signal", new double[] {10})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {50})
                        .optShapeSys("unc", new double[] {7})
                        .optNormSys("norm", 1.1, 0.9)
                        .build();
        Model m = Model.compile(ws);
        // τ = (50/7)² is the nominal auxiliary datum of the Poisson constraint.
        Tolerance.assertRelative(2500.0 / 49, m.auxData()[1], 1e-14, "tau");
        double[] p = m.inits();
        p[m.parameterSet("mu").orElseThrow().offset()] = 2;
        p[m.parameterSet("unc").orElseThrow().offset()] = 1.2;
        p[m.parameterSet("norm").orElseThrow().offset()] = 1; // code 4 at α = 1 gives exactly hi
        // λ = 2·10 + 50·1.2·1.1
        Tolerance.assertRelative(20 + 50 * 1.2 * 1.1, m.expectedMain(p)[0], 1e-14, "lambda");
    }

    @Test
    void aModifierListedTwiceOnASampleActsOnceAsPyhfKeysThemByTypeAndName() {
        // pyhf's pdf._nominal_and_modifiers_from_spec keeps a dict per sample keyed by
        // "type/name": a repeated shared modifier is applied once (the last listing), and a
        // repeated shapesys raises InvalidModel.
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {60})
                        .addSample("SR", "signal", new double[] {10})
                        .optNormFactor("mu")
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {50})
                        .optNormSys("norm", 1.5, 0.5)
                        .optNormSys("norm", 1.1, 0.9)
                        .build();
        Model m = Model.compile(ws);
        double[] p = m.inits();
        p[m.parameterSet("mu").orElseThrow().offset()] = 2;
        p[m.parameterSet("norm").orElseThrow().offset()] = 1;
        // λ = 2·10 + 50·1.1: μ once, and the last normsys listing (hi = 1.1)
        Tolerance.assertRelative(20 + 50 * 1.1, m.expectedMain(p)[0], 1e-14, "lambda");

        Workspace twice =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("SR", new double[] {60})
                        .addSample("SR", "signal", new double[] {10})
                        .optNormFactor("mu")
                        .addSample("SR", "background", new double[] {50})
                        .optShapeSys("unc", new double[] {7})
                        .optShapeSys("unc", new double[] {5})
                        .build();
        InvalidModelException e =
                assertThrows(InvalidModelException.class, () -> Model.compile(twice));
        assertEquals(
                "shapesys 'unc' is listed twice on one sample (/channels/0/samples/1/modifiers/0"
                        + " and /modifiers/1); pyhf does not share shapesys modifiers",
                e.getMessage());
    }

    @Test
    void shapefactorIsAFreeUnconstrainedFactorPerBin() {
        Workspace ws =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("CR", new double[] {40, 12})
                        .addSample("CR", "signal", new double[] {1, 2})
                        .optNormFactor("mu")
                        .addSample("CR", "fakes", new double[] {10, 8})
                        .optShapeFactor("ff")
                        .build();
        Model m = Model.compile(ws);
        int ff = m.parameterSet("ff").orElseThrow().offset();
        // pyhf docs (modifiers): shapefactor is one free, unconstrained factor per bin,
        // λ_b = μ·s_b + γ_b·f_b.
        assertEquals(Constraint.NONE, m.constraint(ff));
        assertEquals(Constraint.NONE, m.constraint(ff + 1));
        double[] p = m.inits();
        p[m.parameterSet("mu").orElseThrow().offset()] = 3;
        p[ff] = 2.5;
        p[ff + 1] = 0.25;
        double[] lambda = m.expectedMain(p);
        Tolerance.assertRelative(3 * 1 + 2.5 * 10, lambda[0], 1e-14, "bin 1");
        Tolerance.assertRelative(3 * 2 + 0.25 * 8, lambda[1], 1e-14, "bin 2");
    }

    @Test
    void gradientMatchesFiniteDifferencesOnPublishedAndSyntheticModels() throws IOException {
        Path a = ReferenceData.require("pyhf/sbottom_ins1748602/extracted/RegionA/BkgOnly.json");
        Path s = ReferenceData.require("pyhf/synthetic/synthetic_10ch_20bin.json");
        for (Path file : new Path[] {a, s}) {
            Model m = Model.compile(WorkspaceReader.read(file));
            ObservedData d = m.observedData();
            SplittableRandom rng = new SplittableRandom(3);
            double[] p = m.inits();
            double[] lo = m.lowerBounds();
            double[] hi = m.upperBounds();
            for (int i = 0; i < p.length; i++) {
                // Points inside |α| < 1 and outside, to exercise both interpolation branches.
                p[i] =
                        Math.min(
                                hi[i],
                                Math.max(
                                        lo[i],
                                        p[i] + (rng.nextDouble() - 0.5) * (i % 3 == 0 ? 3 : 0.2)));
            }
            double[] g = new double[p.length];
            m.nllAndGradient(p, d, g);
            for (int i = 0; i < p.length; i += 7) {
                double h = 1e-6;
                double[] pp = p.clone();
                double[] pm = p.clone();
                pp[i] += h;
                pm[i] -= h;
                // The deviance form differs from −ln L by a data-only constant and keeps the
                // finite difference free of its round-off.
                double fd = (m.deviance(pp, d, null) - m.deviance(pm, d, null)) / (2 * h);
                Tolerance.assertClose(
                        fd,
                        g[i],
                        1e-5,
                        1e-5,
                        file.getFileName() + " d/d" + m.parameterNames().get(i));
            }
        }
    }

    @Test
    void channelsAreOrderedAlphabeticallyAsInPyhf() throws IOException {
        Model m =
                Model.compile(
                        WorkspaceReader.read(
                                ReferenceData.require("pyhf/workspaces/2bin_2channel.json")),
                        null,
                        org.quarryhep.stats.modifier.InterpolationSettings.pyhfDefaults());
        assertEquals(java.util.List.of("control", "signal"), m.channels());
    }

    @Test
    void combiningTheTwoChannelsOfAWorkspaceGivesTheSameLikelihood() throws IOException {
        Workspace both =
                WorkspaceReader.read(ReferenceData.require("pyhf/workspaces/2bin_2channel.json"));
        Workspace control = only(both, "control");
        Workspace signal = only(both, "signal");
        Workspace combined = Workspace.combine(signal, control);
        Model a = Model.compile(both);
        Model b = Model.compile(combined);
        assertEquals(a.parameterNames(), b.parameterNames());
        double[] p = a.inits();
        Tolerance.assertClose(
                a.nll(p, a.observedData()), b.nll(p, b.observedData()), 1e-15, 0, "nll");
        InvalidSpecificationException e =
                assertThrows(
                        InvalidSpecificationException.class, () -> Workspace.combine(both, signal));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("is in both workspaces"), e.getMessage());
    }

    private static Workspace only(Workspace ws, String channel) {
        return new Workspace(
                java.util.List.of(ws.channel(channel).orElseThrow()),
                java.util.List.of(ws.observation(channel).orElseThrow()),
                ws.measurements(),
                ws.version());
    }
}
