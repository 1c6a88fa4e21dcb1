package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * One file per model: the immutable record type with its accessors and {@code create(...)}
 * factory, and as nested types its where, whereUnique, orderBy, select, find arguments, create,
 * update and delegate (see {@link ModelParts}).
 */
final class ModelEmitter {
    private ModelEmitter() {
    }

    static TypeSpec emit(SchemaModel schema, Model model, String pkg) {
        ClassName self = ClassName.get(pkg, model.name());
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(Types.runtime("ModelRecord")).addAnnotation(Generated.spec())
                .addJavadoc("$L\n", model.documentation() != null ? Names.doc(model.documentation())
                        : "A record of the model " + model.name() + "; immutable.");
        t.addField(FieldSpec.builder(Model.class, "MODEL", Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.MODEL.requireModel($S)", ClassName.get(pkg, SchemaEmitter.NAME), model.name()).build());
        for (ScalarField f : scalars(model)) {
            t.addField(FieldSpec.builder(ScalarField.class, "F_" + f.name(), Modifier.STATIC, Modifier.FINAL)
                    .initializer("MODEL.scalarField($S).orElseThrow()", f.name()).build());
        }
        for (RelationField r : relations(schema, model)) {
            t.addField(FieldSpec.builder(RelationField.class, "R_" + r.name(), Modifier.STATIC, Modifier.FINAL)
                    .initializer("MODEL.relationField($S).orElseThrow()", r.name()).build());
        }
        t.addMethod(MethodSpec.constructorBuilder()
                .addParameter(ParameterizedTypeName.get(Map.class, String.class, Object.class), "data")
                .addStatement("super($S, data)", model.name()).build());
        for (ScalarField f : scalars(model)) {
            t.addMethod(accessor(pkg, f));
        }
        for (RelationField r : relations(schema, model)) {
            ClassName target = ClassName.get(pkg, r.relatedModel());
            MethodSpec.Builder m = MethodSpec.methodBuilder(Names.member(r.name())).addModifiers(Modifier.PUBLIC);
            doc(m, r.documentation(), "The related " + r.relatedModel() + (r.isList() ? " records" : " record")
                    + "; throws NotLoadedException unless the query included it.");
            if (r.isList()) {
                m.returns(ParameterizedTypeName.get(ClassName.get(List.class), target))
                        .addStatement("return relationList($S, $T::new)", r.name(), target);
            } else if (r.isRequired()) {
                m.returns(target).addStatement("return relationOne($S, $T::new).orElseThrow()", r.name(), target);
            } else {
                m.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), target))
                        .addStatement("return relationOne($S, $T::new)", r.name(), target);
            }
            t.addMethod(m.build());
        }
        ModelParts counts = new ModelParts(schema, model, pkg);
        for (RelationField r : relations(schema, model)) {
            String count = counts.countName(r);
            if (count != null) {
                t.addMethod(MethodSpec.methodBuilder(count).addModifiers(Modifier.PUBLIC).returns(long.class)
                        .addJavadoc("The number of related $L records; throws NotLoadedException unless the query "
                                + "included {@code $L()}.\n", r.relatedModel(), count)
                        .addStatement("return relationCount($S, $S)", r.name(), count).build());
            }
        }
        Creates creates = new Creates(schema, model, pkg);
        t.addMethods(creates.factories());
        t.addMethods(creates.linkFactories());
        ModelParts parts = new ModelParts(schema, model, pkg);
        t.addType(parts.where());
        t.addType(parts.whereUnique());
        t.addType(parts.orderBy());
        t.addType(parts.select());
        t.addType(parts.findArgs());
        t.addTypes(parts.creates(creates.variants()));
        t.addType(parts.write("Update", true));
        t.addType(parts.delegate());
        t.addType(parts.fields());
        return t.build();
    }

    static List<ScalarField> scalars(Model model) {
        return model.scalarFields().stream().filter(Types::visible).toList();
    }

    static List<RelationField> relations(SchemaModel schema, Model model) {
        return model.relationFields().stream().filter(r -> Types.visible(schema, r)).toList();
    }

    /** Required in create: no default, not @updatedAt, not a foreign key set through a visible relation. */
    static List<ScalarField> requiredInCreate(SchemaModel schema, Model model) {
        return scalars(model).stream().filter(f -> f.isRequired() && !f.hasDefault() && !f.isUpdatedAt()
                && relations(schema, model).stream().noneMatch(r -> r.fields().contains(f.name()))).toList();
    }

    static void doc(MethodSpec.Builder m, String documentation, String fallback) {
        m.addJavadoc("$L\n", documentation != null ? Names.doc(documentation) : fallback);
    }

    private static MethodSpec accessor(String pkg, ScalarField f) {
        TypeName element = Types.element(pkg, f);
        MethodSpec.Builder m = MethodSpec.methodBuilder(Names.member(f.name())).addModifiers(Modifier.PUBLIC);
        doc(m, f.documentation(), "The field " + f.name() + ".");
        if (f.isList()) {
            m.returns(Types.value(pkg, f)).addStatement(Types.isEnum(f) ? "return enumList($S, $T.class)"
                    : "return scalarList($S, $T.class)", f.name(), element);
        } else if (f.isOptional()) {
            m.returns(ParameterizedTypeName.get(ClassName.get(Optional.class), element)).addStatement(
                    Types.isEnum(f) ? "return optionalEnum($S, $T.class)" : "return optionalScalar($S, $T.class)",
                    f.name(), element);
        } else {
            m.returns(element.isBoxedPrimitive() ? element.unbox() : element).addStatement(Types.isEnum(f) ? "return enumValue($S, $T.class)"
                    : "return scalar($S, $T.class)", f.name(), element);
        }
        return m.build();
    }
}
