package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.diagnostics.Span;

/** A {@code @default(...)} on a model or composite type field. */
public record DefaultValueWalker(ParserDatabase db, Types.DefaultData data) {

    public Attribute astAttribute() {
        return data.attribute();
    }

    /** The default value expression as written. */
    public Expression value() {
        return data.attribute().arguments().arguments().get(data.argumentIndex()).value();
    }

    /** The {@code map:} constraint name, or null. */
    public String mappedName() {
        return data.mappedName();
    }

    /** The whole attribute's span. */
    public Span span() {
        return data.attribute().span();
    }

    private boolean isFunction(String name) {
        return value() instanceof Expression.FunctionCall f && f.name().equals(name);
    }

    public boolean isAutoincrement() { return isFunction("autoincrement"); }
    public boolean isNow() { return isFunction("now"); }
    public boolean isCuid() { return isFunction("cuid"); }
    public boolean isUuid() { return isFunction("uuid"); }
    public boolean isNanoid() { return isFunction("nanoid"); }
    public boolean isUlid() { return isFunction("ulid"); }
    public boolean isDbgenerated() { return isFunction("dbgenerated"); }
    public boolean isAuto() { return isFunction("auto"); }
    public boolean isSequence() { return isFunction("sequence"); }

    /** Whether the value is a function call, known or not. */
    public boolean isFunctionCall() {
        return value() instanceof Expression.FunctionCall;
    }
}
