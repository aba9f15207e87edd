package org.quarryhep.io.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Parses decimal floating-point numbers from bytes, correctly rounded, without creating Strings.
 *
 * <p>Numbers with at most 19 significant digits go through Clinger's exact fast path (mantissa
 * below 2⁵³ and |exponent| ≤ 22) or the Eisel–Lemire algorithm (D. Lemire, "Number parsing at a
 * gigabyte per second", arXiv:2101.11408, section 5); the rare cases these cannot decide fall back
 * to {@link Double#parseDouble}, so every result equals {@code Double.parseDouble} of the text.
 */
public final class DoubleParser {
    private DoubleParser() {}

    private static final int MIN_EXP10 = -342;
    private static final int MAX_EXP10 = 308;
    private static final double[] EXACT_POWERS = new double[23];

    /** Pairs (high, low) of 128-bit normalised approximations of 5^q, q = MIN_EXP10..MAX_EXP10. */
    private static final long[] POWERS_OF_FIVE = new long[2 * (MAX_EXP10 - MIN_EXP10 + 1)];

    static {
        double p = 1;
        for (int i = 0; i < EXACT_POWERS.length; i++) {
            EXACT_POWERS[i] = p;
            p *= 10;
        }
        BigInteger two128 = BigInteger.ONE.shiftLeft(128);
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int q = MIN_EXP10; q <= MAX_EXP10; q++) {
            BigInteger c;
            if (q >= 0) {
                c = BigInteger.valueOf(5).pow(q);
                int bl = c.bitLength();
                c = bl > 128 ? c.shiftRight(bl - 128) : c.shiftLeft(128 - bl);
            } else {
                BigInteger power5 = BigInteger.valueOf(5).pow(-q);
                int z = power5.bitLength();
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                c = BigInteger.ONE.shiftLeft(b).divide(power5).add(BigInteger.ONE);
                while (c.compareTo(two128) >= 0) {
                    c = c.shiftRight(1);
                }
            }
            int k = 2 * (q - MIN_EXP10);
            POWERS_OF_FIVE[k] = c.shiftRight(64).longValue();
            POWERS_OF_FIVE[k + 1] = c.and(mask64).longValue();
        }
    }

    /**
     * Parses {@code buf[from, to)} as a decimal number ({@code
     * [+-]digits[.digits][(e|E)[+-]digits]}).
     *
     * @return the value, or NaN when the text is not such a number (also for "nan" and "inf", which
     *     callers reject)
     */
    public static double parse(byte[] buf, int from, int to) {
        return parse(buf, from, to, null);
    }

    /**
     * Parses the longest decimal number starting at {@code from} and ending at or before {@code
     * limit}, storing where it ended in {@code end[0]} (when {@code end} is given): the caller
     * decides whether the character there may follow a number. Without {@code end}, the number must
     * fill {@code buf[from, limit)}.
     *
     * @return the value, or NaN when no decimal number starts at {@code from}
     */
    public static double parse(byte[] buf, int from, int limit, int[] end) {
        int to = limit;
        int i = from;
        if (i >= to) {
            return Double.NaN;
        }
        boolean negative = false;
        if (buf[i] == '-' || buf[i] == '+') {
            negative = buf[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exp10 = 0;
        int digits = 0;
        boolean truncated = false;
        while (i < to && buf[i] >= '0' && buf[i] <= '9') {
            int d = buf[i] - '0';
            if (significant < 19) {
                if (mantissa != 0 || d != 0) {
                    significant++;
                }
                mantissa = mantissa * 10 + d;
            } else {
                exp10++;
                truncated |= d != 0;
            }
            digits++;
            i++;
        }
        if (i < to && buf[i] == '.') {
            i++;
            while (i < to && buf[i] >= '0' && buf[i] <= '9') {
                int d = buf[i] - '0';
                if (significant < 19) {
                    if (mantissa != 0 || d != 0) {
                        significant++;
                    }
                    mantissa = mantissa * 10 + d;
                    exp10--;
                } else {
                    truncated |= d != 0;
                }
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to && (buf[i] == 'e' || buf[i] == 'E')) {
            i++;
            boolean negExp = false;
            if (i < to && (buf[i] == '-' || buf[i] == '+')) {
                negExp = buf[i] == '-';
                i++;
            }
            int e = 0;
            int expDigits = 0;
            while (i < to && buf[i] >= '0' && buf[i] <= '9') {
                if (e < 100000) {
                    e = e * 10 + (buf[i] - '0');
                }
                expDigits++;
                i++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exp10 += negExp ? -e : e;
        }
        if (end != null) {
            end[0] = i;
            to = i;
        } else if (i != to) {
            return Double.NaN;
        }
        if (truncated) {
            return slow(buf, from, to);
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (exp10 >= -22 && exp10 <= 22 && mantissa >= 0 && mantissa < (1L << 53)) {
            double v = (double) mantissa;
            v = exp10 < 0 ? v / EXACT_POWERS[-exp10] : v * EXACT_POWERS[exp10];
            return negative ? -v : v;
        }
        long bits = eiselLemire(mantissa, exp10);
        if (bits < 0) {
            return slow(buf, from, to);
        }
        double v = Double.longBitsToDouble(bits);
        return negative ? -v : v;
    }

    private static double slow(byte[] buf, int from, int to) {
        return Double.parseDouble(new String(buf, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** The bits of mantissa·10^exp10 (positive), or −1 when the algorithm cannot decide. */
    private static long eiselLemire(long man, int exp10) {
        if (exp10 < MIN_EXP10 || exp10 > MAX_EXP10) {
            return -1;
        }
        int clz = Long.numberOfLeadingZeros(man);
        man <<= clz;
        long retExp2 = ((217706L * exp10) >> 16) + 64 + 1023 - clz;
        int k = 2 * (exp10 - MIN_EXP10);
        long pHi = POWERS_OF_FIVE[k];
        long pLo = POWERS_OF_FIVE[k + 1];
        long xHi = unsignedMultiplyHigh(man, pHi);
        long xLo = man * pHi;
        if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
            long yHi = unsignedMultiplyHigh(man, pLo);
            long yLo = man * pLo;
            long mergedHi = xHi;
            long mergedLo = xLo + yHi;
            if (Long.compareUnsigned(mergedLo, xLo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF
                    && mergedLo + 1 == 0
                    && Long.compareUnsigned(yLo + man, man) < 0) {
                return -1;
            }
            xHi = mergedHi;
            xLo = mergedLo;
        }
        long msb = xHi >>> 63;
        long retMantissa = xHi >>> (msb + 9);
        retExp2 -= 1 ^ msb;
        if (xLo == 0 && (xHi & 0x1FF) == 0 && (retMantissa & 3) == 1) {
            return -1;
        }
        retMantissa += retMantissa & 1;
        retMantissa >>>= 1;
        if ((retMantissa >>> 53) > 0) {
            retMantissa >>>= 1;
            retExp2 += 1;
        }
        if (retExp2 <= 0 || retExp2 >= 0x7FF) {
            return -1;
        }
        return (retExp2 << 52) | (retMantissa & 0x000FFFFFFFFFFFFFL);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
