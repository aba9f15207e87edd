package org.quarryhep.shower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.config.ConfigException;
import org.quarryhep.core.Provenance;

/** The tune written into a provenance reads back as the same tune. */
class TuneProvenanceTest {
    @Test
    void aProvenanceGivesTheTuneBack() {
        Tune tune =
                Tune.defaults()
                        .withOverrides(List.of("shower.pTminFsr=0.8", "hadronization.lundA=0.9"));
        assertNotEquals(Tune.defaults(), tune, "the overrides change the tune");
        String json = Provenance.of("test", tune.provenanceConfig(), 5, List.of()).toJson();
        Tune back = Tune.fromProvenance(json, "test provenance");
        assertEquals(tune, back);
        assertEquals(0.8, back.shower().pTminFsr());
        assertEquals(0.9, back.hadronization().lundA());
    }

    @Test
    void aVersionThatDisagreesWithTheTextIsAnError() {
        Tune tune = Tune.defaults();
        String json =
                Provenance.of("test", tune.provenanceConfig(), 5, List.of())
                        .toJson()
                        .replace(
                                "\"" + Tune.PROVENANCE_VERSION_KEY + "\":\"" + tune.version(),
                                "\"" + Tune.PROVENANCE_VERSION_KEY + "\":\"quarry-tune-0");
        ConfigException e =
                assertThrows(ConfigException.class, () -> Tune.fromProvenance(json, "p.json"));
        assertTrue(e.getMessage().contains("quarry-tune-0"), e.getMessage());
        assertTrue(e.getMessage().contains("p.json"), e.getMessage());
    }
}
