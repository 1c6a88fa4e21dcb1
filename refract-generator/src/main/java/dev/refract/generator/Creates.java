package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * What a create of a model must be given, so that leaving it out does not compile: the required
 * scalars, and a {@code Link} for each required relation (the side holding the foreign key). A
 * nested create through a relation gets its record's required relation from the parent, so for
 * each such back relation the model has a create type without it ({@code Post.CreateWithoutAuthor},
 * as Prisma's {@code PostCreateWithoutAuthorInput}), made by its own factory.
 */
final class Creates {
    private final SchemaModel schema;
    private final Model model;
    private final String pkg;

    Creates(SchemaModel schema, Model model, String pkg) {
        this.schema = schema;
        this.model = model;
        this.pkg = pkg;
    }

    /** Required to-one relations holding a foreign key whose fields are all required, without defaults. */
    static List<RelationField> requiredRelations(SchemaModel schema, Model model) {
        List<RelationField> out = new ArrayList<>();
        for (RelationField r : ModelEmitter.relations(schema, model)) {
            if (r.isList() || !r.isRequired() || !r.isReferencing()) {
                continue;
            }
            boolean all = r.fields().stream().map(n -> model.scalarField(n).orElse(null)).allMatch(f -> f != null
                    && Types.visible(f) && f.isRequired() && !f.hasDefault() && !f.isUpdatedAt());
            if (all) {
                out.add(r);
            }
        }
        return out;
    }

    /** The relation field on the other side of {@code r}, when it is visible. */
    static Optional<RelationField> back(SchemaModel schema, String owner, RelationField r) {
        return schema.model(r.relatedModel()).flatMap(m -> m.relationFields().stream()
                .filter(o -> o.relationName().equals(r.relationName()) && o.relatedModel().equals(owner)
                        && !(m.name().equals(owner) && o.name().equals(r.name())))
                .filter(o -> Types.visible(schema, o)).findFirst());
    }

    /** The required relations that some parent's nested write supplies: each gets a create type without it. */
    List<RelationField> variants() {
        return requiredRelations(schema, model).stream()
                .filter(r -> back(schema, model.name(), r).isPresent()).toList();
    }

    static String variantName(RelationField r) {
        return "CreateWithout" + Character.toUpperCase(r.name().charAt(0)) + r.name().substring(1);
    }

    /** The create type a nested write through {@code parent}'s relation {@code r} takes for the related model. */
    static ClassName nestedCreate(SchemaModel schema, String pkg, Model parent, RelationField r) {
        Model related = schema.model(r.relatedModel()).orElseThrow();
        Optional<RelationField> b = back(schema, parent.name(), r);
        if (b.isPresent() && requiredRelations(schema, related).contains(b.get())) {
            return ClassName.get(pkg, related.name(), variantName(b.get()));
        }
        return ClassName.get(pkg, related.name(), "Create");
    }

    private TypeName link() {
        return ParameterizedTypeName.get(Types.runtime("Link"), ClassName.get(pkg, model.name()));
    }

    /** {@code create(...)} for the full create and one per variant. */
    List<MethodSpec> factories() {
        List<RelationField> required = requiredRelations(schema, model);
        List<MethodSpec> out = new ArrayList<>();
        out.add(factory("create", ClassName.get(pkg, model.name(), "Create"), required,
                "A new $L with its required fields and relations; optional ones chain.\n"));
        List<RelationField> variants = variants();
        for (RelationField v : variants) {
            List<RelationField> rest = new ArrayList<>(required);
            rest.remove(v);
            // Overloads differ by their number of links; when two variants would share it, name them apart.
            String name = variants.size() == 1 ? "create" : Names.member("createWithout" + variantName(v).substring(13));
            out.add(factory(name, ClassName.get(pkg, model.name(), variantName(v)), rest,
                    "A new $L created through its " + v.name() + " relation (the parent supplies it), with its other "
                            + "required fields and relations.\n"));
        }
        return out;
    }

    private MethodSpec factory(String name, ClassName type, List<RelationField> links, String doc) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type).addJavadoc(doc, model.name());
        CodeBlock.Builder chain = CodeBlock.builder().add("return new $T()", type);
        for (ScalarField f : ModelEmitter.requiredInCreate(schema, model)) {
            TypeName t = Types.value(pkg, f);
            m.addParameter(t.isBoxedPrimitive() ? t.unbox() : t, Names.member(f.name()));
            chain.add(".$L($L)", Names.member(f.name()), Names.member(f.name()));
        }
        for (RelationField r : links) {
            String p = Names.member(r.name());
            m.addParameter(link(), p);
            chain.add(".link($T.require(R_$L, $L))", Types.runtime("Link"), r.name(), p);
        }
        return m.addStatement(chain.build()).build();
    }

    /** Per required relation: connect, create, connectOrCreate and the foreign key form. */
    List<MethodSpec> linkFactories() {
        List<MethodSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ClassName linkType = Types.runtime("Link");
        ClassName nested = ClassName.get("dev.refract.engine.ir", "NestedWrite");
        for (RelationField r : requiredRelations(schema, model)) {
            String n = Names.member(r.name());
            ClassName u = ClassName.get(pkg, r.relatedModel(), "WhereUnique");
            ClassName c = nestedCreate(schema, pkg, model, r);
            if (seen.add(n + "(" + u + ",")) {
                out.add(MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(link())
                        .addJavadoc("The required $L: connects the existing $L {@code connect} selects.\n", r.name(),
                                r.relatedModel()).addParameter(u, "connect")
                        .addStatement("return $T.write(R_$L, new $T.Connect(R_$L, $T.of(connect.filter())))", linkType,
                                r.name(), nested, r.name(), List.class).build());
            }
            if (seen.add(n + "(" + c + ",")) {
                out.add(MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(link())
                        .addJavadoc("The required $L: creates it with this record.\n", r.name()).addParameter(c, "create")
                        .addStatement("return $T.write(R_$L, new $T.Create(R_$L, $T.of(create.build())))", linkType,
                                r.name(), nested, r.name(), List.class).build());
            }
            if (seen.add(n + "(" + u + "," + c + ",")) {
                out.add(MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(link())
                        .addJavadoc("The required $L: connects the one {@code where} selects, or creates {@code create}.\n",
                                r.name()).addParameter(u, "where").addParameter(c, "create")
                        .addStatement("return $T.write(R_$L, new $T.ConnectOrCreate(R_$L, $T.of(new $T.WhereCreate("
                                + "where.filter(), create.build()))))", linkType, r.name(), nested, r.name(), List.class,
                                nested).build());
            }
            List<ScalarField> keys = r.fields().stream().map(f -> model.scalarField(f).orElseThrow()).toList();
            String kn = keys.size() == 1 ? Names.member(keys.get(0).name()) : Names.compound(r.fields());
            StringBuilder sig = new StringBuilder(kn).append('(');
            MethodSpec.Builder m = MethodSpec.methodBuilder(kn).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(link()).addJavadoc("The required $L by its foreign key ($L), unchecked: the database "
                            + "checks that the record exists.\n", r.name(), String.join(", ", r.fields()));
            CodeBlock.Builder list = CodeBlock.builder();
            for (int i = 0; i < keys.size(); i++) {
                ScalarField f = keys.get(i);
                TypeName t = Types.value(pkg, f);
                t = t.isBoxedPrimitive() ? t.unbox() : t;
                sig.append(t).append(',');
                m.addParameter(t, Names.member(f.name()));
                list.add(i == 0 ? "$T.key(F_$L, $L)" : ", $T.key(F_$L, $L)", linkType, f.name(), Names.member(f.name()));
            }
            if (seen.add(sig.toString())) {
                out.add(m.addStatement("return $T.keys(R_$L, $T.of($L))", linkType, r.name(), List.class, list.build())
                        .build());
            }
        }
        return out;
    }
}
