package org.quarryhep.detector.card;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every single-line damage of the CMS preset (line removed; value replaced by a string, a negative
 * number, NaN, an empty mapping or a list) gives a card or an {@link InvalidCardException} naming
 * the card; never another exception.
 */
class DetectorCardsFuzzTest {

    @Test
    void singleLineDamageGivesACardOrAFieldNamedError() throws IOException {
        String[] lines = DetectorCardsTest.presetText("cms").split("\n", -1);
        List<String> replacements = List.of("x", "-1", ".nan", "{}", "[1, 2]", "{etaMax: oops}");
        int rejected = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            for (int variant = -1; variant < replacements.size(); variant++) {
                String[] copy = lines.clone();
                if (variant < 0) {
                    copy[i] = "";
                } else if (colon > 0) {
                    copy[i] = line.substring(0, colon + 1) + " " + replacements.get(variant);
                } else {
                    continue;
                }
                String yaml = String.join("\n", copy);
                try {
                    DetectorCards.parse(yaml, "fuzz.yaml");
                } catch (InvalidCardException e) {
                    rejected++;
                    // The card, then the line where the reader knows it, then the message.
                    assertTrue(
                            e.getMessage().matches("(?s)fuzz\\.yaml:([1-9][0-9]*:)? .*"),
                            e.getMessage());
                }
            }
        }
        assertTrue(rejected > lines.length, "most damage must be detected, got " + rejected);
    }
}
