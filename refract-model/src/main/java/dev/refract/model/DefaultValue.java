package dev.refract.model;

/**
 * A field's {@code @default(...)}: a constant, or a function that produces the value when a row is
 * created (in the client, or in the database).
 */
public sealed interface DefaultValue {
    /** The function's name as Prisma's DMMF reports it ({@code autoincrement}); null for literals. */
    String functionName();

    /** {@code @default(<literal>)}. */
    record Literal(LiteralValue value) implements DefaultValue {
        public String functionName() {
            return null;
        }
    }

    /** {@code autoincrement()}: a database sequence or identity column. */
    record Autoincrement() implements DefaultValue {
        public String functionName() {
            return "autoincrement";
        }
    }

    /** {@code now()}: the creation time. */
    record Now() implements DefaultValue {
        public String functionName() {
            return "now";
        }
    }

    /** {@code uuid()} (version 4) or {@code uuid(7)}. */
    record Uuid(int version) implements DefaultValue {
        public String functionName() {
            return "uuid";
        }
    }

    /** {@code cuid()} (version 1) or {@code cuid(2)}. */
    record Cuid(int version) implements DefaultValue {
        public String functionName() {
            return "cuid";
        }
    }

    /** {@code nanoid()} or {@code nanoid(length)}; {@code length} is null for the default of 21. */
    record Nanoid(Integer length) implements DefaultValue {
        public String functionName() {
            return "nanoid";
        }
    }

    /** {@code ulid()}. */
    record Ulid() implements DefaultValue {
        public String functionName() {
            return "ulid";
        }
    }

    /** {@code dbgenerated("expr")}: the database computes the value; {@code expression} is null when not given. */
    record DbGenerated(String expression) implements DefaultValue {
        public String functionName() {
            return "dbgenerated";
        }
    }

    /** {@code sequence(...)} (CockroachDB). */
    record Sequence() implements DefaultValue {
        public String functionName() {
            return "sequence";
        }
    }

    /** {@code auto()}: the database assigns the value (MongoDB {@code _id}). */
    record Auto() implements DefaultValue {
        public String functionName() {
            return "auto";
        }
    }

    static DefaultValue literal(LiteralValue value) {
        return new Literal(value);
    }
}
