package org.quarryhep.gen.process;

import java.util.Map;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.testkit.ReferenceData;

/** Shared test set-up: the default PDF set from the shared data and a 13 TeV collider. */
final class Fixtures {
    private Fixtures() {}

    static PdfSet pdf() {
        return PdfSet.load(ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed"), 0);
    }

    static Collider lhc13(double scale, Map<String, Double> cuts) {
        return new Collider(
                13000,
                pdf(),
                ScaleChoice.fixed(scale),
                StandardModel.madgraphDefaults(),
                new GeneratorCuts(cuts));
    }
}
