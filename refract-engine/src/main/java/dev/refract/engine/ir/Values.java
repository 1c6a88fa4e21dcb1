package dev.refract.engine.ir;

/**
 * The Java types of values in the IR and in results, by Prisma type. One convention everywhere:
 *
 * <table>
 * <caption>Prisma type to Java type</caption>
 * <tr><td>String, enum</td><td>{@link String} (an enum's Prisma value name, not its {@code @map})</td></tr>
 * <tr><td>Int</td><td>{@link Integer} (a {@link Long} for a value beyond 32 bits, which only SQLite,
 * not enforcing the column type, can hold: read exactly, never wrapped)</td></tr>
 * <tr><td>BigInt</td><td>{@link Long} (only BigInt is a Long: counts are Integers)</td></tr>
 * <tr><td>Float</td><td>{@link Double}</td></tr>
 * <tr><td>Decimal</td><td>{@link java.math.BigDecimal}</td></tr>
 * <tr><td>Boolean</td><td>{@link Boolean}</td></tr>
 * <tr><td>DateTime</td><td>{@link java.time.Instant}</td></tr>
 * <tr><td>Json</td><td>{@link Json}: the JSON text</td></tr>
 * <tr><td>Bytes</td><td>{@code byte[]}</td></tr>
 * <tr><td>scalar lists</td><td>{@link java.util.List} of the element type</td></tr>
 * </table>
 *
 * <p>Result records are {@code Map<String, Object>} in selection order; nested to-one records
 * are maps (or null), to-many are lists of maps.
 */
public final class Values {
    private Values() {
    }

    /**
     * A Json value, kept as its JSON text so that it round-trips exactly.
     *
     * @param text valid JSON text; {@code "null"} for JSON null
     */
    public record Json(String text) {
        public Json {
            if (text == null) {
                throw new IllegalArgumentException("a Json value needs its text; SQL NULL is Java null");
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
