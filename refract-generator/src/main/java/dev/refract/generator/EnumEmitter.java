package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import javax.lang.model.element.Modifier;

/** A schema enum as a Java enum carrying its schema name and database ({@code @map}) value. */
final class EnumEmitter {
    private EnumEmitter() {
    }

    static TypeSpec emit(EnumType e) {
        TypeSpec.Builder t = TypeSpec.enumBuilder(e.name()).addModifiers(Modifier.PUBLIC).addAnnotation(Generated.spec())
                .addSuperinterface(ClassName.get("dev.refract.client", "SchemaEnum"))
                .addJavadoc("$L\n", e.documentation() != null ? Names.doc(e.documentation()) : "The enum " + e.name() + ".");
        for (EnumValue v : e.values()) {
            TypeSpec.Builder c = TypeSpec.anonymousClassBuilder("$S, $S", v.name(), v.databaseName());
            if (v.documentation() != null) {
                c.addJavadoc("$L\n", Names.doc(v.documentation()));
            }
            t.addEnumConstant(Names.member(v.name()), c.build());
        }
        t.addField(FieldSpec.builder(String.class, "schemaName", Modifier.PRIVATE, Modifier.FINAL).build());
        t.addField(FieldSpec.builder(String.class, "dbValue", Modifier.PRIVATE, Modifier.FINAL).build());
        t.addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "schemaName").addParameter(String.class, "dbValue")
                .addStatement("this.schemaName = schemaName").addStatement("this.dbValue = dbValue").build());
        t.addMethod(MethodSpec.methodBuilder("schemaName").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
                .returns(String.class).addStatement("return schemaName").build());
        t.addMethod(MethodSpec.methodBuilder("dbValue").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
                .returns(String.class).addStatement("return dbValue").build());
        return t.build();
    }
}
