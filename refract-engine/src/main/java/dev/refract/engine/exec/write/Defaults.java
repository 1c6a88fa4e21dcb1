package dev.refract.engine.exec.write;

import dev.refract.engine.ids.Ids;
import dev.refract.engine.ir.Values;
import dev.refract.model.BuiltinType;
import dev.refract.model.DefaultValue;
import dev.refract.model.LiteralValue;
import dev.refract.model.ScalarField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The values Prisma fills in for fields a create leaves out, as Prisma's engine does before it
 * writes: {@code now()} and {@code @updatedAt} (one instant per request, in milliseconds, so that
 * {@code createdAt} and {@code updatedAt} of a new record are equal), the client-side generators
 * ({@code uuid()}, {@code cuid()}, {@code nanoid()}, {@code ulid()}) and literal defaults, which
 * Prisma also sends rather than leaving to the database. {@code autoincrement()},
 * {@code sequence()} and {@code dbgenerated()} stay with the database ({@link #DATABASE}).
 */
final class Defaults {
    /** The field's value comes from the database: leave the column out. */
    static final Object DATABASE = new Object();
    /** The field has no default: leave it out (NULL, or the database's error for a required field). */
    static final Object NONE = new Object();

    private final Instant now;

    /** The defaults of one request, whose {@code now()} is the instant of this call. */
    Defaults() {
        this.now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    Instant now() {
        return now;
    }

    /** What a create writes for {@code field} when its data leaves it out: a value, {@link #DATABASE} or {@link #NONE}. */
    Object forCreate(ScalarField field) {
        DefaultValue d = field.defaultValue();
        if (d == null) {
            return field.isUpdatedAt() ? now : NONE;
        }
        if (d instanceof DefaultValue.Literal l) {
            return literal(l.value(), field);
        }
        if (d instanceof DefaultValue.Now) {
            return now;
        }
        if (d instanceof DefaultValue.Uuid u) {
            return u.version() == 7 ? Ids.uuid7() : Ids.uuid4();
        }
        if (d instanceof DefaultValue.Cuid c) {
            return c.version() == 2 ? Ids.cuid2() : Ids.cuid();
        }
        if (d instanceof DefaultValue.Nanoid n) {
            return n.length() == null ? Ids.nanoid() : Ids.nanoid(n.length());
        }
        if (d instanceof DefaultValue.Ulid) {
            return Ids.ulid();
        }
        return DATABASE; // autoincrement, sequence, dbgenerated, auto
    }

    /** A literal default as the IR's Java value of the field's type ({@link Values}). */
    static Object literal(LiteralValue v, ScalarField field) {
        if (v instanceof LiteralValue.ListValue list) {
            List<Object> out = new ArrayList<>();
            for (LiteralValue e : list.values()) {
                out.add(literal(e, field));
            }
            return out;
        }
        BuiltinType type = field.type().builtin();
        if (v instanceof LiteralValue.Text t) {
            return type == BuiltinType.JSON ? new Values.Json(t.value()) : t.value();
        }
        if (v instanceof LiteralValue.Bool b) {
            return b.value();
        }
        if (v instanceof LiteralValue.Int i) {
            return number(BigDecimal.valueOf(i.value()), type);
        }
        if (v instanceof LiteralValue.BigInt i) {
            return number(new BigDecimal(i.value()), type);
        }
        if (v instanceof LiteralValue.Decimal d) {
            return number(d.value(), type);
        }
        if (v instanceof LiteralValue.DateTime t) {
            return OffsetDateTime.parse(t.value()).toInstant();
        }
        if (v instanceof LiteralValue.Json j) {
            return new Values.Json(j.value());
        }
        if (v instanceof LiteralValue.Bytes b) {
            return Base64.getDecoder().decode(b.base64());
        }
        if (v instanceof LiteralValue.EnumValue e) {
            return e.name();
        }
        throw new IllegalArgumentException("unknown literal " + v);
    }

    private static Object number(BigDecimal n, BuiltinType type) {
        if (type == null) {
            return n;
        }
        return switch (type) {
            case INT -> n.intValueExact();
            case BIG_INT -> n.longValueExact();
            case FLOAT -> n.doubleValue();
            case DECIMAL -> n;
            default -> n;
        };
    }
}
