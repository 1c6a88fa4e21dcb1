package dev.refract.engine.protocol;

import java.util.List;

/**
 * One possible type of an input field in Refract's model of Prisma's query schema: a scalar
 * ({@code Int}, {@code String}, {@code Null}...), an enum, a list, or an input object. An input field
 * accepts a union of these, tried in order, as Prisma's query document parser does.
 */
sealed interface InputType {
    /** The name Prisma prints for the type in errors: {@code Int}, {@code IntFilter}, {@code UserWhereInput[]}. */
    String displayName();

    /** A scalar, named as Prisma names its scalar types (String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes, Null). */
    record Scalar(String name) implements InputType {
        @Override
        public String displayName() {
            return name;
        }
    }

    /** An enum with its accepted values. */
    record Enum(String name, List<String> values) implements InputType {
        public Enum {
            values = List.copyOf(values);
        }

        @Override
        public String displayName() {
            return name;
        }
    }

    /** A list of {@code element}. */
    record ListOf(InputType element) implements InputType {
        @Override
        public String displayName() {
            return element.displayName() + "[]";
        }
    }

    /** An input object type. */
    record Obj(InputObjectType type) implements InputType {
        @Override
        public String displayName() {
            return type.name();
        }
    }

    Scalar NULL = new Scalar("Null");
    Scalar STRING = new Scalar("String");
    Scalar INT = new Scalar("Int");
    Scalar BOOLEAN = new Scalar("Boolean");
    Scalar JSON = new Scalar("Json");
}
