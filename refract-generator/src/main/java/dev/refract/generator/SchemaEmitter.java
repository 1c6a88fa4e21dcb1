package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The embedded schema: a class whose {@code MODEL} constant rebuilds the {@link SchemaModel} in
 * plain constructor calls, one method per model (so no method nears the JVM's 64 KB limit).
 */
final class SchemaEmitter {
    static final String NAME = "RefractSchema";

    private SchemaEmitter() {
    }

    static TypeSpec emit(SchemaModel schema) {
        ClassName modelType = ClassName.get(SchemaModel.class);
        TypeSpec.Builder t = TypeSpec.classBuilder(NAME).addModifiers(Modifier.FINAL).addAnnotation(Generated.spec())
                .addJavadoc("The schema this client was generated from, built without the schema parser.\n");
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder models = CodeBlock.builder().add("$T.of(", List.class);
        List<Model> all = schema.models();
        for (int i = 0; i < all.size(); i++) {
            String method = "model" + i;
            models.add(i == 0 ? "$L()" : ", $L()", method);
            t.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(Model.class).addStatement("return $L", Literals.of(all.get(i))).build());
        }
        models.add(")");
        CodeBlock init = CodeBlock.of("new $T($L, $L, $L, $L)", modelType, Literals.of(schema.datasource()),
                models.build(), Literals.of(schema.enums()), Literals.of(schema.compositeTypes()));
        t.addField(FieldSpec.builder(modelType, "MODEL", Modifier.STATIC, Modifier.FINAL).initializer(init).build());
        return t.build();
    }
}
