package org.quarryhep.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For any text, the compiler gives an expression or an {@link ExpressionSyntaxException} with a
 * column inside the text (or just after it): never another exception or a stack overflow.
 */
class ExpressionParserFuzzTest {
    private static final Scope SCOPE =
            new Scope() {
                @Override
                public int collectionSlot(String name) {
                    return name.equals("muons") ? 0 : name.equals("sv") ? 1 : -1;
                }

                @Override
                public boolean isVertexCollection(int slot) {
                    return slot == 1;
                }

                @Override
                public int variableIndex(String name) {
                    return name.equals("x") ? 0 : -1;
                }

                @Override
                public List<String> collectionNames() {
                    return List.of("muons", "sv");
                }

                @Override
                public List<String> variableNames() {
                    return List.of("x");
                }
            };

    private static final String[] TOKENS = {
        "muons",
        "[",
        "]",
        "0",
        "1",
        "(",
        ")",
        ",",
        "+",
        "-",
        "*",
        "/",
        "^",
        "<",
        "<=",
        "==",
        "!=",
        "!",
        "&&",
        "||",
        "and",
        "not",
        "x",
        "met",
        "m",
        "pt",
        "mt2",
        "sv",
        "d2d",
        "sum",
        "nu",
        "1e3",
        "2.5",
        ".",
        "e",
        " ",
        "@",
        "\"",
        "99999999999"
    };

    @Test
    void randomTokenSequences() {
        Random rng = new Random(12);
        int compiled = 0;
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rng.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(TOKENS[rng.nextInt(TOKENS.length)]);
            }
            String text = b.toString();
            try {
                ExpressionCompiler.compile(text, SCOPE);
                compiled++;
            } catch (ExpressionSyntaxException e) {
                assertTrue(
                        e.column() >= 1 && e.column() <= text.length() + 1,
                        text + " -> column " + e.column());
            }
        }
        assertTrue(compiled > 100, "only " + compiled + " valid expressions: the fuzz is too weak");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        for (String unit : new String[] {"(", "-", "!", "2^"}) {
            String text = unit.repeat(100000) + "1";
            ExpressionSyntaxException e =
                    assertThrows(
                            ExpressionSyntaxException.class,
                            () -> ExpressionCompiler.compile(text, SCOPE));
            assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
        }
    }

    /** Precedence by hand: 1 + 2·3² = 19; −2² = −4; (1 + 2)·3 = 9; comparisons give 1/0. */
    @Test
    void precedence() {
        assertEquals(19.0, eval("1 + 2 * 3 ^ 2"));
        assertEquals(-4.0, eval("-2 ^ 2"));
        assertEquals(9.0, eval("(1 + 2) * 3"));
        assertEquals(512.0, eval("2 ^ 3 ^ 2"));
        assertEquals(1.0, eval("2 < 3 && 3 < 2 || !0"));
        assertEquals(0.0, eval("not 1 or 0"));
        assertEquals(1.0, eval("1 - 2 - 3 == -4"));
        assertEquals(2.0, eval("8 / 2 / 2"));
    }

    private static double eval(String text) {
        return ExpressionCompiler.compile(text, SCOPE).value().eval(null);
    }
}
