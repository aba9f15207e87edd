package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Tolerance;

/**
 * {@code quarry cluster} through the command line: analytic jets on a hand-made event, particle
 * counts of a shared sample against {@code events/inventory.json} and a plain scan of its P lines,
 * and the bad-input exit codes.
 */
class ClusterCommandTest {
    private static final String HS = "events/hepmc/sk_example_HS.hepmc.gz";

    @TempDir Path tmp;

    // A π+ (50 GeV along x), a ν_μ 0.1 rad away in φ, a photon back to back: with R = 0.4 the
    // first two form one jet, the photon another.
    private static final double[][] PARTICLES = {
        {211, 50, 0, 0, 0.13957},
        {14, 30 * Math.cos(0.1), 30 * Math.sin(0.1), 0, 0},
        {22, -40, 0, 10, 0},
    };

    private Path handMadeEvent() throws IOException {
        StringBuilder s =
                new StringBuilder("HepMC::Version 3.02.06\nHepMC::Asciiv3-START_EVENT_LISTING\n");
        s.append("E 7 0 3\nU GEV MM\n");
        for (int i = 0; i < PARTICLES.length; i++) {
            double[] p = PARTICLES[i];
            double e = Math.sqrt(p[1] * p[1] + p[2] * p[2] + p[3] * p[3] + p[4] * p[4]);
            s.append(
                    String.format(
                            Locale.ROOT,
                            "P %d 0 %d %.17g %.17g %.17g %.17g %.17g 1%n",
                            i + 1,
                            (int) p[0],
                            p[1],
                            p[2],
                            p[3],
                            e,
                            p[4]));
        }
        s.append("HepMC::Asciiv3-END_EVENT_LISTING\n");
        Path f = tmp.resolve("three.hepmc3");
        Files.writeString(f, s.toString());
        return f;
    }

    @Test
    void jsonGivesTheAnalyticJetsOfAHandMadeEvent() throws IOException {
        CliRun r = run("cluster", "--json", "--ptmin", "5", handMadeEvent().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(
                "Longitudinally invariant anti-kt algorithm with R = 0.4 and E scheme recombination",
                doc.get("definition").asText());
        JsonNode jets = doc.get("events").get(0).get("jets");
        assertEquals(7, doc.get("events").get(0).get("event").asLong());
        assertEquals(2, jets.size());
        // Analytic: jet 1 = π + ν, pT = |(50 + 30 cos 0.1, 30 sin 0.1)|; jet 2 = the photon.
        double px = 50 + 30 * Math.cos(0.1);
        double py = 30 * Math.sin(0.1);
        Tolerance.assertClose(
                Math.hypot(px, py), jets.get(0).get("pt").asDouble(), 1e-14, 0, "jet 1 pT");
        Tolerance.assertClose(
                Math.atan2(py, px), jets.get(0).get("phi").asDouble(), 1e-14, 0, "jet 1 phi");
        assertEquals(2, jets.get(0).get("constituents").asInt());
        Tolerance.assertClose(40, jets.get(1).get("pt").asDouble(), 1e-14, 0, "photon jet pT");
        Tolerance.assertClose(-Math.PI, jets.get(1).get("phi").asDouble(), 1e-15, 0, "φ = −π end");
        // η = asinh(pz/pT) = asinh(10/40).
        double eta = Math.log(0.25 + Math.sqrt(1 + 0.0625));
        Tolerance.assertClose(eta, jets.get(1).get("eta").asDouble(), 1e-14, 0, "photon jet η");
    }

    @Test
    void visibleDropsTheNeutrino() throws IOException {
        CliRun r =
                run("cluster", "--json", "--visible", "--ptmin", "5", handMadeEvent().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode ev = new ObjectMapper().readTree(r.out()).get("events").get(0);
        assertEquals(2, ev.get("particles").asInt());
        Tolerance.assertClose(
                50, ev.get("jets").get(0).get("pt").asDouble(), 1e-14, 0, "π jet alone");
        assertEquals(1, ev.get("jets").get(0).get("constituents").asInt());
    }

    @Test
    void clustersEveryFinalStateParticleOfTheSharedSample() throws IOException {
        Path f = ReferenceData.require(HS);
        CliRun r =
                run(
                        "cluster",
                        "--json",
                        "--algorithm",
                        "kt",
                        "--radius",
                        "0.6",
                        "--ptmin",
                        "10",
                        f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode inv =
                new ObjectMapper()
                        .readTree(ReferenceData.require("events/inventory.json").toFile())
                        .path("hepmc")
                        .path("sk_example_HS.hepmc.gz");
        assertEquals(
                inv.get("n_events").asInt(), doc.get("events").size(), "events (inventory.json)");
        long particles = 0;
        for (JsonNode ev : doc.get("events")) {
            particles += ev.get("particles").asLong();
            double previous = Double.POSITIVE_INFINITY;
            for (JsonNode j : ev.get("jets")) {
                double pt = j.get("pt").asDouble();
                assertTrue(pt >= 10 && pt <= previous, "jets above 10 GeV, hardest first");
                previous = pt;
            }
        }
        assertEquals(
                inv.get("n_status1_particles").asLong(),
                particles,
                "status-1 particles (inventory.json)");
        assertEquals("kt", doc.get("algorithm").asText());

        // --visible removes exactly the status-1 neutrinos, counted here by a plain scan.
        long neutrinos = 0;
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(f)),
                                StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("P ")) {
                    String[] t = line.split(" ");
                    int id = Math.abs(Integer.parseInt(t[3]));
                    if (t[9].equals("1") && (id == 12 || id == 14 || id == 16)) {
                        neutrinos++;
                    }
                }
            }
        }
        CliRun v = run("cluster", "--json", "--visible", f.toString());
        assertEquals(0, v.code(), v.err());
        long visible = 0;
        for (JsonNode ev : new ObjectMapper().readTree(v.out()).get("events")) {
            visible += ev.get("particles").asLong();
        }
        assertEquals(particles - neutrinos, visible, "visible particles");
    }

    @Test
    void textOutputListsEventsAndJets() throws IOException {
        CliRun r =
                run(
                        "cluster",
                        "--algorithm",
                        "cambridge",
                        "--ptmin",
                        "5",
                        handMadeEvent().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("event 7: 3 particles, 2 jets"), r.out());
        assertTrue(r.out().contains("constituents 2"), r.out());
    }

    @Test
    void badInputExitsWithOneAndNamesTheProblem() throws IOException {
        Path event = handMadeEvent();
        CliRun algorithm = run("cluster", "--algorithm", "siscone", event.toString());
        assertEquals(1, algorithm.code());
        assertTrue(
                algorithm.err().contains("algorithm: unknown jet algorithm 'siscone'"),
                algorithm.err());

        CliRun radius = run("cluster", "--json", "--radius", "-0.4", event.toString());
        assertEquals(1, radius.code());
        assertTrue(radius.err().contains("radius: R = -0.4 is invalid"), radius.err());
        assertTrue(radius.out().contains("\"error\""), radius.out());

        CliRun ptMin = run("cluster", "--ptmin", "-5", event.toString());
        assertEquals(1, ptMin.code());
        assertTrue(ptMin.err().contains("--ptmin: -5.0 GeV is invalid"), ptMin.err());

        CliRun usage = run("cluster", "--radius", "wide", event.toString());
        assertEquals(2, usage.code(), "picocli usage error");

        CliRun missing = run("cluster", tmp.resolve("nope.hepmc3").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.hepmc3"), missing.err());

        CliRun garbage =
                run(
                        "cluster",
                        Files.writeString(tmp.resolve("junk.txt"), "not events\n").toString());
        assertEquals(1, garbage.code());
        assertTrue(garbage.err().contains("junk.txt"), garbage.err());
    }

    @Test
    void leptonsAreClusteredByDefaultAndLeftOutOnRequest(@TempDir Path tmp) throws Exception {
        Path lhe = ReferenceData.require("events/lhe/pylhe-testfile-powheg-box-v2-Z.lhe");
        // Brute force: with pT_min = 0 every clustered particle ends in exactly one inclusive jet,
        // so the constituents add up to the final-state particles that were clustered.
        long all = 0;
        long nonLeptons = 0;
        try (var reader = org.quarryhep.io.EventReaders.open(lhe)) {
            while (reader.hasNext()) {
                for (var p : reader.next().finalState()) {
                    all++;
                    int id = Math.abs(p.pdgId());
                    nonLeptons += id == 11 || id == 13 ? 0 : 1;
                }
            }
        }
        CliRun with = run("cluster", lhe.toString(), "--ptmin", "0", "--json");
        assertEquals(0, with.code(), with.err());
        CliRun without =
                run("cluster", lhe.toString(), "--ptmin", "0", "--exclude-leptons", "--json");
        assertEquals(0, without.code(), without.err());
        assertEquals(all, constituents(new ObjectMapper().readTree(with.out())));
        assertEquals(nonLeptons, constituents(new ObjectMapper().readTree(without.out())));
        assertTrue(nonLeptons < all, "the Z sample has leptons");

        CliRun text = run("cluster", lhe.toString());
        assertTrue(text.out().contains("give --exclude-leptons to leave them out"), text.out());

        Path jets = tmp.resolve("jets.json");
        CliRun saved = run("cluster", lhe.toString(), "--ptmin", "0", "-o", jets.toString());
        assertEquals(0, saved.code(), saved.err());
        assertTrue(saved.out().contains("written to " + jets), saved.out());
        assertEquals(all, constituents(new ObjectMapper().readTree(jets.toFile())));
        CliRun again = run("cluster", lhe.toString(), "-o", jets.toString());
        assertEquals(2, again.code(), again.err());
        assertTrue(again.err().contains("file exists; give --force"), again.err());
    }

    private static long constituents(JsonNode doc) {
        long n = 0;
        for (JsonNode e : doc.get("events")) {
            for (JsonNode j : e.get("jets")) {
                n += j.get("constituents").asLong();
            }
        }
        return n;
    }
}
