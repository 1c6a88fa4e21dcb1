package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Java expressions that rebuild a value of the schema model: records by their canonical
 * constructor (generic over every record of refract-model, so a new model property needs no
 * change here), lists with {@code List.of}, enums by constant.
 */
final class Literals {
    private Literals() {
    }

    static CodeBlock of(Object value) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        if (value instanceof String s) {
            return CodeBlock.of("$S", s);
        }
        if (value instanceof Boolean || value instanceof Integer) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof Long l) {
            return CodeBlock.of("$LL", l);
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            return CodeBlock.of("new $T($S)", value.getClass(), value.toString());
        }
        if (value instanceof Enum<?> e) {
            return CodeBlock.of("$T.$L", e.getDeclaringClass(), e.name());
        }
        if (value instanceof List<?> list) {
            CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
            for (int i = 0; i < list.size(); i++) {
                b.add(i == 0 ? "$L" : ", $L", of(list.get(i)));
            }
            return b.add(")").build();
        }
        if (value instanceof Record r) {
            CodeBlock.Builder b = CodeBlock.builder().add("new $T(", ClassName.get(r.getClass()));
            RecordComponent[] parts = r.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                try {
                    Object part = parts[i].getAccessor().invoke(r);
                    b.add(i == 0 ? "$L" : ", $L", of(part));
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            return b.add(")").build();
        }
        throw new IllegalArgumentException("cannot write a literal of " + value.getClass());
    }
}
