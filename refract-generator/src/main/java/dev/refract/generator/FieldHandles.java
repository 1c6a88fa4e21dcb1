package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.MethodSpec;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import javax.lang.model.element.Modifier;

/** A model's {@code Fields}: typed handles on its scalars, which aggregate and groupBy take. */
final class FieldHandles {
    private FieldHandles() {
    }

    /** Typed field handles for aggregate and groupBy: numbers (avg, sum too), strings, dates, booleans, enums. */
    static TypeSpec emit(Model model, String pkg) {
        TypeSpec.Builder t = TypeSpec.classBuilder("Fields").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Typed handles on the fields of $L, for aggregate and groupBy.\n", model.name());
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (ScalarField f : ModelEmitter.scalars(model)) {
            if (f.isList() || f.type().builtin() == dev.refract.model.BuiltinType.JSON
                    || f.type().builtin() == dev.refract.model.BuiltinType.BYTES) {
                continue;
            }
            TypeName element = Types.element(pkg, f);
            com.palantir.javapoet.FieldSpec.Builder field;
            if (Types.isNumber(f)) {
                ClassName avg = ClassName.get(f.type().builtin() == dev.refract.model.BuiltinType.DECIMAL
                        ? java.math.BigDecimal.class : Double.class);
                field = com.palantir.javapoet.FieldSpec.builder(ParameterizedTypeName.get(
                        Types.runtime("Ref").nestedClass("Num"), element, avg), Names.member(f.name()),
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T<>(F_$L, $T.class, $T.class)", Types.runtime("Ref").nestedClass("Num"),
                                f.name(), element, avg);
            } else {
                field = com.palantir.javapoet.FieldSpec.builder(ParameterizedTypeName.get(Types.runtime("Ref"), element),
                        Names.member(f.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of(F_$L, $T.class)", Types.runtime("Ref"), f.name(), element);
            }
            t.addField(field.addJavadoc("The field $L.\n", f.name()).build());
        }
        return t.build();
    }
}
