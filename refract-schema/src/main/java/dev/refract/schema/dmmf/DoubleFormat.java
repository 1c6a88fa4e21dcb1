package dev.refract.schema.dmmf;

import java.math.BigDecimal;

/**
 * Prints a double the way Prisma's engines do: the shortest digits that read back to the same
 * double, always with a fraction or exponent ({@code 1.0}, {@code 0.001}, {@code 1e16},
 * {@code 1.5e-7}).
 */
final class DoubleFormat {
    private DoubleFormat() {
    }

    static String shortest(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        // Double.toString gives a round-tripping decimal; strip it to its significant digits.
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int length = digits.length();
        // value = 0.digits * 10^point, i.e. the decimal point sits after `point` digits.
        int point = length - d.scale();
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (point >= length && point <= 16) {
            out.append(digits).append("0".repeat(point - length)).append(".0");
        } else if (point > 0 && point <= 16) {
            out.append(digits, 0, point).append('.').append(digits, point, length);
        } else if (point > -5 && point <= 0) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (length > 1) {
                out.append('.').append(digits, 1, length);
            }
            out.append('e').append(point - 1);
        }
        return out.toString();
    }
}
