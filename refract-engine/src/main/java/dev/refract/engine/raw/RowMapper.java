package dev.refract.engine.raw;

import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Values;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Maps raw rows to a Java type: a record by its components' names, or a class with a no-argument
 * constructor by its fields' names. A column matches a name exactly, else ignoring case and
 * underscores, so {@code created_at} fills {@code createdAt}. Values convert where nothing is lost
 * in the ordinary sense: numbers between numeric types, a SQLite 0/1 to a boolean, text to a UUID
 * or an enum constant, Json to its text, an Instant to {@code OffsetDateTime} / {@code LocalDateTime}
 * / {@code LocalDate} (UTC) or {@code java.util.Date}.
 *
 * <p>Every record component needs a column; a class's fields without one keep their initial value.
 * Columns without a member are ignored. A mismatch fails with a message naming the column.
 */
public final class RowMapper<T> {
    private final Class<T> type;
    private final Map<String, Member> members = new HashMap<>();
    private final Constructor<T> constructor;
    private final int arity;

    private record Member(String name, Class<?> type, int index, Field field) {
    }

    private RowMapper(Class<T> type) {
        this.type = type;
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    add(new Member(components[i].getName(), types[i], i, null));
                }
                constructor = type.getDeclaredConstructor(types);
                arity = components.length;
            } else {
                constructor = type.getDeclaredConstructor();
                arity = 0;
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        int mod = f.getModifiers();
                        if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod) && !f.isSynthetic()) {
                            f.setAccessible(true);
                            add(new Member(f.getName(), f.getType(), -1, f));
                        }
                    }
                }
            }
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new RefractException(null, type.getName() + " cannot take raw rows: it needs to be a record or"
                    + " to have a constructor without arguments", Map.of(), e);
        }
    }

    /** A mapper to {@code type}; reuse it for many rows. */
    public static <T> RowMapper<T> of(Class<T> type) {
        return new RowMapper<>(type);
    }

    private void add(Member m) {
        members.putIfAbsent(m.name(), m);
        members.putIfAbsent(loose(m.name()), m);
    }

    private static String loose(String name) {
        return "~" + name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** Every row, mapped. */
    public List<T> map(List<Map<String, Object>> rows) {
        List<T> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            out.add(map(row));
        }
        return out;
    }

    /** One row, mapped. */
    public T map(Map<String, Object> row) {
        Object[] args = new Object[arity];
        boolean[] filled = new boolean[arity];
        try {
            T target = type.isRecord() ? null : constructor.newInstance();
            for (Map.Entry<String, Object> e : row.entrySet()) {
                Member m = members.get(e.getKey());
                if (m == null) {
                    m = members.get(loose(e.getKey()));
                }
                if (m == null) {
                    continue;
                }
                Object value = convert(e.getKey(), e.getValue(), m);
                if (m.field() != null) {
                    m.field().set(target, value);
                } else {
                    args[m.index()] = value;
                    filled[m.index()] = true;
                }
            }
            if (!type.isRecord()) {
                return target;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                Member m = members.get(c.getName());
                if (!filled[m.index()]) {
                    throw new RefractException(null, "The raw query returned no column for " + type.getSimpleName()
                            + "." + c.getName() + " (columns: " + row.keySet() + ")");
                }
            }
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new RefractException(null, "Could not create " + type.getName() + " from a raw row: " + e,
                    Map.of(), e);
        }
    }

    private Object convert(String column, Object value, Member m) {
        Class<?> t = m.type();
        if (value == null) {
            if (t.isPrimitive()) {
                throw mismatch(column, null, m);
            }
            return null;
        }
        Class<?> boxed = box(t);
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            Object v = number(n, boxed);
            if (v != null) {
                return v;
            }
        }
        if (value instanceof Instant i) {
            if (boxed == OffsetDateTime.class) {
                return i.atOffset(ZoneOffset.UTC);
            }
            if (boxed == LocalDateTime.class) {
                return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            }
            if (boxed == LocalDate.class) {
                return LocalDate.ofInstant(i, ZoneOffset.UTC);
            }
            if (boxed == java.util.Date.class) {
                return java.util.Date.from(i);
            }
        }
        if (boxed == String.class && (value instanceof Values.Json || value instanceof String)) {
            return value.toString();
        }
        if (value instanceof String s) {
            if (boxed == UUID.class) {
                return UUID.fromString(s);
            }
            if (boxed.isEnum()) {
                for (Object constant : boxed.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(s)) {
                        return constant;
                    }
                }
            }
            if (boxed == Values.Json.class) {
                return new Values.Json(s);
            }
        }
        throw mismatch(column, value, m);
    }

    /** {@code n} as the numeric (or, for 0/1, boolean) type {@code t}; null when {@code t} is neither. */
    private static Object number(Number n, Class<?> t) {
        if (t == Integer.class) {
            return n.intValue();
        }
        if (t == Long.class) {
            return n.longValue();
        }
        if (t == Double.class) {
            return n.doubleValue();
        }
        if (t == Float.class) {
            return n.floatValue();
        }
        if (t == Short.class) {
            return n.shortValue();
        }
        if (t == Byte.class) {
            return n.byteValue();
        }
        if (t == BigDecimal.class) {
            return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        }
        if (t == BigInteger.class) {
            return n instanceof BigDecimal d ? d.toBigInteger() : BigInteger.valueOf(n.longValue());
        }
        if (t == Boolean.class) {
            return n.longValue() != 0;
        }
        return null;
    }

    private RefractException mismatch(String column, Object value, Member m) {
        return new RefractException(null, "Raw column `" + column + "` ("
                + (value == null ? "NULL" : value.getClass().getSimpleName()) + ") does not fit "
                + type.getSimpleName() + "." + m.name() + " (" + m.type().getSimpleName() + ")");
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        if (t == int.class) {
            return Integer.class;
        }
        if (t == long.class) {
            return Long.class;
        }
        if (t == double.class) {
            return Double.class;
        }
        if (t == boolean.class) {
            return Boolean.class;
        }
        if (t == float.class) {
            return Float.class;
        }
        if (t == short.class) {
            return Short.class;
        }
        if (t == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
