package org.quarryhep.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte-level number parser agrees bit for bit with the JDK's {@link Double#parseDouble} (the
 * independent reference: correctly rounded by its specification) on the number styles event files
 * use and on hard cases near rounding boundaries.
 */
class DoubleParserTest {
    private static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return DoubleParser.parse(b, 0, b.length);
    }

    private static void same(String s) {
        double expected = Double.parseDouble(s);
        double actual = parse(s);
        assertEquals(
                Double.doubleToRawLongBits(expected),
                Double.doubleToRawLongBits(actual),
                "parsing '" + s + "': expected " + expected + ", got " + actual);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0",
                "0.0",
                "-0.0",
                "+1",
                "1e0",
                ".5",
                "-.84258804E+02",
                "4.5999999997161737e+01",
                "2.2250738585072011e-308",
                "2.2250738585072014e-308",
                "4.9e-324",
                "1.7976931348623157e308",
                "9007199254740993",
                "9007199254740992.5",
                "0.1",
                "0.30000000000000004",
                "1.00000000000000011102230246251565404236316680908203125",
                "123456789012345678901234567890",
                "7.2057594037927933e16",
                "1e23",
                "8.41e21",
                "5e-324",
                "1e-400",
                "0.000000000000000000000000000001e30",
                "9999999999999999999",
                "18446744073709551615",
                "18446744073709551616e-10",
            })
    void hardCasesAgreeWithTheJdk(String s) {
        same(s);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "nan", "inf", "0x10", "1d0", "1 ",
                "--1", "1e5x"
            })
    void nonNumbersGiveNaN(String s) {
        assertTrue(Double.isNaN(parse(s)), "'" + s + "' is not a decimal number");
    }

    @Property(tries = 2000)
    void randomDoublesInEventFileStylesAgreeWithTheJdk(@ForAll long bits, @ForAll long seed) {
        double x = Double.longBitsToDouble(bits);
        if (!Double.isFinite(x)) {
            return;
        }
        Random rnd = new Random(seed);
        same(Double.toString(x));
        same(String.format(Locale.ROOT, "%.16e", x));
        same(String.format(Locale.ROOT, "%.8e", x));
        same(String.format(Locale.ROOT, "%." + rnd.nextInt(25) + "e", x));
        double y = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20);
        same(String.format(Locale.ROOT, "%.10E", y));
        same(String.format(Locale.ROOT, "%." + rnd.nextInt(20) + "f", y));
    }
}
