package org.quarryhep.report.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The LaTeX-like label parser and its rendering. */
class LabelTest {
    @Test
    void scriptsSplitIntoRunsAtTheirLevels() {
        Label l = Label.parse("p_{T}^{miss}");
        assertEquals(
                List.of(
                        new Label.Run("p", Label.Level.BASE, 0, 0),
                        new Label.Run("T", Label.Level.SUB, 1, -0.2),
                        new Label.Run("miss", Label.Level.SUPER, 1, 0.4)),
                l.runs());
    }

    @Test
    void nestedScriptsDropFurtherAtTheSmallerSize() {
        // m_{W_{R}}: W drops 0.2 of the base size; R drops 0.2 of W's size (0.7) more.
        Label l = Label.parse("m_{W_{R}}");
        assertEquals(3, l.runs().size());
        assertEquals(-0.2 - 0.2 * 0.7, l.runs().get(2).rise(), 1e-12);
        assertEquals(0.55, l.runs().get(2).scale(), 0);
    }

    @Test
    void greekLettersAndSymbolsAreTheirUnicodeCodePoints() {
        // Code points from the Unicode standard's Greek and Coptic block (U+0370..U+03FF) and
        // Arrows block: μ U+03BC, τ U+03C4, Δ U+0394, φ U+03C6, → U+2192, ℓ U+2113.
        assertEquals("H\u2192\u03bc\u03c4", Label.parse("H\\to\\mu\\tau").plain());
        assertEquals("\u0394\u03c6(\u2113)", Label.parse("\\Delta\\phi(\\ell)").plain());
        // \bar puts the combining overline U+0305 after the letter.
        assertEquals("tt\u0305", Label.parse("t\\bar{t}").plain());
        assertEquals("CLs", Label.parse("$\\mathrm{CL}_{s}$").plain());
    }

    @Test
    void htmlAndUnicodeForms() {
        assertEquals("p<sub>T</sub><sup>miss</sup>", Label.parse("p_{T}^{miss}").html());
        assertEquals("a &lt; b", Label.parse("a < b").html());
        assertEquals("10\u207b\u00b3", Label.parse("10^{-3}").unicode());
        // T has no Unicode subscript form: written inline.
        assertEquals("pT", Label.parse("p_{T}").unicode());
    }

    @Test
    void badLabelsNameTheLabelAndThePosition() {
        Label.LabelSyntaxException e =
                assertThrows(Label.LabelSyntaxException.class, () -> Label.parse("m_{\\muu}"));
        assertEquals("label 'm_{\\muu}' at character 8: unknown command '\\muu'", e.getMessage());
        assertTrue(
                assertThrows(Label.LabelSyntaxException.class, () -> Label.parse("p_{T"))
                        .getMessage()
                        .contains("missing '}'"));
        assertTrue(
                assertThrows(Label.LabelSyntaxException.class, () -> Label.parse("a}"))
                        .getMessage()
                        .contains("unbalanced '}'"));
    }

    /** Ink rows of the image: {first, last} row holding a dark pixel in columns [x0, x1). */
    private static int[] inkRows(BufferedImage img, int x0, int x1) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    if (first < 0) {
                        first = y;
                    }
                    last = y;
                }
            }
        }
        return new int[] {first, last};
    }

    private static BufferedImage render(String label, Font font) {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        LabelPainter.draw(g, Label.parse(label), font, 10, 60);
        g.dispose();
        return img;
    }

    @Test
    void subscriptsAreDrawnLowerAndSuperscriptsHigherThanTheBase() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 40);
        BufferedImage sub = render("x_{2}", font);
        BufferedImage sup = render("x^{2}", font);
        Graphics2D g = sub.createGraphics();
        int xEnd = 10 + (int) Math.ceil(g.getFontMetrics(font).stringWidth("x"));
        g.dispose();
        int[] base = inkRows(sub, 10, xEnd);
        int[] two = inkRows(sub, xEnd + 1, 200);
        int[] raised = inkRows(sup, xEnd + 1, 200);
        // The glyph "x" sits on the baseline y = 60; a subscript 2 goes below it, a superscript 2
        // starts above the top of the x (geometry of the drawing, not of the parser).
        assertTrue(base[1] <= 60 && base[1] >= 57, "x sits on the baseline: " + base[1]);
        assertTrue(two[1] > 60 + 4, "subscript bottom " + two[1] + " below the baseline");
        assertTrue(raised[0] < base[0], "superscript top " + raised[0] + " above x top " + base[0]);
        // Scripts are smaller: the script 2 is shorter than a base-size 2 (digits: cap height).
        int[] bigTwo = inkRows(render("2", font), 10, 200);
        assertTrue(two[1] - two[0] < 0.8 * (bigTwo[1] - bigTwo[0]), "script 2 is smaller");
    }

    @Test
    void greekLetterDrawsTheSameGlyphAsTheUnicodeCharacter() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 40);
        assertTrue(font.canDisplay('\u03bc'), "the sans-serif font has a glyph for μ");
        BufferedImage a = render("\\mu", font);
        BufferedImage b = render("\u03bc", font);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                assertEquals(b.getRGB(x, y), a.getRGB(x, y));
            }
        }
        assertTrue(inkRows(a, 0, 200)[0] >= 0, "something was drawn");
    }
}
