package dev.refract.engine.json;

/**
 * Formats a finite double the way JavaScript's {@code Number.prototype.toString} does, starting
 * from Java's {@code Double.toString} digits: integral values below 1e21 without a fraction,
 * {@code 0.000001} plainly but {@code 1e-7} in exponent form. Prisma's results are written by
 * JavaScript, so Refract's JSON matches them number for number.
 */
final class JsNumbers {
    private JsNumbers() {
    }

    /** @param javaText the output of {@code Double.toString} or {@code Float.toString} of a finite value */
    static String format(String javaText) {
        boolean negative = javaText.startsWith("-");
        String t = negative ? javaText.substring(1) : javaText;
        int e = t.indexOf('E');
        int exponent = e < 0 ? 0 : Integer.parseInt(t.substring(e + 1));
        String mantissa = e < 0 ? t : t.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        // Value = 0.digits * 10^n, with n counted from the first digit.
        int n = dot + exponent;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            n--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.equals("0")) {
            return "0";
        }
        int k = digits.length();
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        if (k <= n && n <= 21) {
            sb.append(digits);
            for (int i = k; i < n; i++) {
                sb.append('0');
            }
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = n; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return sb.toString();
    }
}
