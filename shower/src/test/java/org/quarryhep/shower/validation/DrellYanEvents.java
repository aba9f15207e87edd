package org.quarryhep.shower.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Event;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.testkit.ReferenceData;

/**
 * Unweighted pp → Z/γ* → μ⁺μ⁻ events from gen's {@code drell-yan} process (LO, NNPDF2.3 LO, scale
 * m_ℓℓ), as {@code quarry generate drell-yan} writes them.
 */
public final class DrellYanEvents {
    /** The PDF set of the events (in the shared data). */
    public static final String PDF = "NNPDF23_lo_as_0130_qed";

    private DrellYanEvents() {}

    /** {@code n} events at √s with mmll < m_ℓℓ < mmllmax; skips the test without the shared PDF. */
    public static List<Event> generate(
            double sqrtS, double mmll, double mmllmax, int n, long seed) {
        ReferenceData.require("pdf/" + PDF);
        PdfSet pdf = PdfSearchPath.standard(List.of(), Map.of()).load(PDF, 0);
        ProcessCatalog.Built built = ProcessCatalog.create("drell-yan", Map.of("lepton", 13.0));
        Collider collider =
                new Collider(
                        sqrtS,
                        pdf,
                        ScaleChoice.parse("auto"),
                        built.sm(),
                        new GeneratorCuts(Map.of("mmll", mmll, "mmllmax", mmllmax)));
        GeneratorSettings settings =
                GeneratorSettings.defaults(seed)
                        .withThreads(1)
                        .withPoints(GeneratorSettings.CHUNK * 4);
        EventGenerator gen =
                new EventGenerator(built.process(), collider, settings, built.processId());
        EventGenerator.Integrated integrated = gen.integrate(ProgressListener.NONE);
        List<Event> out = new ArrayList<>(n);
        integrated.generate(n, false, out::add, ProgressListener.NONE);
        return out;
    }
}
