package dev.refract.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.refract.model.BuiltinType;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.util.List;

/** The Java types of schema fields (as {@code dev.refract.engine.ir.Values} fixes them) and of the runtime. */
final class Types {
    static final String RUNTIME = "dev.refract.client";
    static final ClassName JSON = ClassName.get("dev.refract.engine.ir", "Values", "Json");

    private Types() {
    }

    static ClassName runtime(String name) {
        return ClassName.get(RUNTIME, name);
    }

    /** Whether the client exposes {@code f}: not ignored, not Unsupported, not a composite (MongoDB). */
    static boolean visible(ScalarField f) {
        return !f.ignored() && !f.isUnsupported() && !(f.type() instanceof ScalarType.CompositeRef);
    }

    /** Whether the client exposes the model: not ignored. */
    static boolean visible(Model m) {
        return !m.ignored();
    }

    /** The element type of {@code f}, boxed. */
    static TypeName element(String pkg, ScalarField f) {
        if (f.type() instanceof ScalarType.EnumRef e) {
            return ClassName.get(pkg, e.enumName());
        }
        BuiltinType b = f.type().builtin();
        switch (b) {
            case STRING: return ClassName.get(String.class);
            case BOOLEAN: return ClassName.get(Boolean.class);
            case INT: return ClassName.get(Integer.class);
            case BIG_INT: return ClassName.get(Long.class);
            case FLOAT: return ClassName.get(Double.class);
            case DECIMAL: return ClassName.get(java.math.BigDecimal.class);
            case DATE_TIME: return ClassName.get(java.time.Instant.class);
            case JSON: return JSON;
            case BYTES: return ArrayTypeName.of(TypeName.BYTE);
            default: throw new IllegalStateException(b.toString());
        }
    }

    /** The value type of {@code f}: a List for scalar lists. */
    static TypeName value(String pkg, ScalarField f) {
        TypeName e = element(pkg, f);
        return f.isList() ? ParameterizedTypeName.get(ClassName.get(List.class), e) : e;
    }

    static boolean isEnum(ScalarField f) {
        return f.type() instanceof ScalarType.EnumRef;
    }

    static boolean isNumber(ScalarField f) {
        BuiltinType b = f.type().builtin();
        return !f.isList() && (b == BuiltinType.INT || b == BuiltinType.BIG_INT || b == BuiltinType.FLOAT
                || b == BuiltinType.DECIMAL);
    }

    /** The filter builder of {@code f} for where builder {@code owner}, or null when none applies. */
    static TypeName filter(String pkg, ScalarField f, TypeName owner) {
        if (f.isList()) {
            return ParameterizedTypeName.get(runtime("ListFilter"), element(pkg, f), owner);
        }
        if (isEnum(f)) {
            return ParameterizedTypeName.get(runtime("EnumFilter"), element(pkg, f), owner);
        }
        String name;
        switch (f.type().builtin()) {
            case STRING: name = "StringFilter"; break;
            case BOOLEAN: name = "BooleanFilter"; break;
            case INT: name = "IntFilter"; break;
            case BIG_INT: name = "BigIntFilter"; break;
            case FLOAT: name = "FloatFilter"; break;
            case DECIMAL: name = "DecimalFilter"; break;
            case DATE_TIME: name = "DateTimeFilter"; break;
            case JSON: name = "JsonFilter"; break;
            case BYTES: name = "BytesFilter"; break;
            default: return null;
        }
        return ParameterizedTypeName.get(runtime(name), owner);
    }

    /** Whether the relation field's target model is visible. */
    static boolean visible(SchemaModel schema, dev.refract.model.RelationField r) {
        return !r.ignored() && schema.model(r.relatedModel()).map(Types::visible).orElse(false);
    }
}
