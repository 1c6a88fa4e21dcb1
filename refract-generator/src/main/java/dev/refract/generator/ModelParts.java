package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** The nested builder types of one model file. */
final class ModelParts {
    private static final ClassName FILTER = ClassName.get("dev.refract.engine.ir", "Filter");
    private final SchemaModel schema;
    private final Model model;
    private final String pkg;

    ModelParts(SchemaModel schema, Model model, String pkg) {
        this.schema = schema;
        this.model = model;
        this.pkg = pkg;
    }

    private ClassName nested(String model, String name) {
        return ClassName.get(pkg, model, name);
    }

    private ClassName own(String name) {
        return nested(model.name(), name);
    }

    private static TypeName consumer(TypeName t) {
        return ParameterizedTypeName.get(ClassName.get(Consumer.class), t);
    }

    private TypeSpec.Builder builder(String name, TypeName superclass, String doc) {
        return TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass).addJavadoc("$L\n", doc);
    }

    private MethodSpec self(ClassName type) {
        return MethodSpec.methodBuilder("self").addModifiers(Modifier.PROTECTED).addAnnotation(Override.class)
                .returns(type).addStatement("return this").build();
    }

    TypeSpec where() {
        ClassName w = own("Where");
        TypeSpec.Builder t = builder("Where", ParameterizedTypeName.get(Types.runtime("Where"), w),
                "Conditions on " + model.name() + " records; all must match.");
        t.addMethod(MethodSpec.constructorBuilder().addStatement("super($T::new)", w).build());
        t.addMethod(self(w));
        for (ScalarField f : ModelEmitter.scalars(model)) {
            TypeName filter = Types.filter(pkg, f, w);
            if (filter != null) {
                String extra = "";
                if (!f.isList() && f.type().builtin() == dev.refract.model.BuiltinType.JSON) {
                    // PostgreSQL takes a Json path as a list of keys, MySQL and SQLite as one JSONPath string.
                    String p = schema.provider();
                    extra = p.equals("postgresql") || p.equals("postgres") || p.equals("cockroachdb") ? ", false" : ", true";
                }
                t.addMethod(MethodSpec.methodBuilder(Names.member(f.name())).addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Conditions on $L.\n", f.name()).returns(filter)
                        .addStatement("return new $T<>(F_$L, this, sink()$L)", ((ParameterizedTypeName) filter).rawType(),
                                f.name(), extra)
                        .build());
            }
        }
        for (RelationField r : ModelEmitter.relations(schema, model)) {
            ClassName rw = nested(r.relatedModel(), "Where");
            ClassName kind = Types.runtime(r.isList() ? "ListRelationFilter" : "OneRelationFilter");
            t.addMethod(MethodSpec.methodBuilder(Names.member(r.name())).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Conditions on the related $L records.\n", r.relatedModel()).returns(w)
                    .addParameter(consumer(ParameterizedTypeName.get(kind, rw)), "body")
                    .addStatement("return $L(R_$L, $T::new, body)", r.isList() ? "many" : "one", r.name(), rw).build());
        }
        return t.build();
    }

    TypeSpec whereUnique() {
        ClassName u = own("WhereUnique");
        TypeSpec.Builder t = builder("WhereUnique", Types.runtime("UniqueWhere"),
                "Selects one " + model.name() + " by a unique field or compound unique; nothing else is offered.");
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(FILTER, "filter")
                .addStatement("super(filter)").build());
        List<String> seen = new ArrayList<>();
        for (List<String> criterion : model.uniqueCriteria()) {
            List<ScalarField> fields = criterion.stream().map(n -> model.scalarField(n).orElse(null)).toList();
            if (fields.contains(null) || !fields.stream().allMatch(Types::visible) || fields.stream().anyMatch(ScalarField::isList)) {
                continue;
            }
            String name = criterion.size() == 1 ? Names.member(criterion.get(0)) : Names.compound(criterion);
            if (seen.contains(name)) {
                continue;
            }
            seen.add(name);
            MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(u).addJavadoc("The $L with this $L.\n", model.name(), String.join(", ", criterion));
            CodeBlock.Builder list = CodeBlock.builder();
            for (int i = 0; i < fields.size(); i++) {
                ScalarField f = fields.get(i);
                TypeName type = Types.value(pkg, f);
                m.addParameter(type.isBoxedPrimitive() ? type.unbox() : type, Names.member(f.name()));
                list.add(i == 0 ? "$T.eq(F_$L, $L)" : ", $T.eq(F_$L, $L)", FILTER, f.name(),
                        Types.isEnum(f) ? Names.member(f.name()) + ".schemaName()" : Names.member(f.name()));
            }
            m.addStatement("return new $T($T.and($T.of($L)))", u, FILTER, List.class, list.build());
            t.addMethod(m.build());
        }
        return t.build();
    }

    TypeSpec orderBy() {
        ClassName o = own("OrderBy");
        TypeSpec.Builder t = builder("OrderBy", Types.runtime("OrderByBuilder"),
                "The order of " + model.name() + " records: keys in priority order.");
        t.addMethod(MethodSpec.constructorBuilder().build());
        for (ScalarField f : ModelEmitter.scalars(model)) {
            t.addMethod(MethodSpec.methodBuilder(Names.member(f.name())).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("By $L.\n", f.name()).returns(ParameterizedTypeName.get(Types.runtime("OrderField"), o))
                    .addStatement("return new $T<>(F_$L, this, sink())", Types.runtime("OrderField"), f.name()).build());
        }
        for (RelationField r : ModelEmitter.relations(schema, model)) {
            if (r.isList()) {
                t.addMethod(MethodSpec.methodBuilder(Names.member(r.name() + "Count")).addModifiers(Modifier.PUBLIC)
                        .addJavadoc("By the number of related $L records.\n", r.relatedModel())
                        .returns(ParameterizedTypeName.get(Types.runtime("OrderField"), o))
                        .addStatement("return count(R_$L, this)", r.name()).build());
            } else {
                ClassName ro = nested(r.relatedModel(), "OrderBy");
                t.addMethod(MethodSpec.methodBuilder(Names.member(r.name())).addModifiers(Modifier.PUBLIC)
                        .addJavadoc("By fields of the related $L record.\n", r.relatedModel()).returns(o)
                        .addParameter(consumer(ro), "body")
                        .addStatement("through(R_$L, new $T(), body)", r.name(), ro).addStatement("return this").build());
            }
        }
        return t.build();
    }

    TypeSpec select() {
        ClassName s = own("Select");
        TypeSpec.Builder t = builder("Select", ParameterizedTypeName.get(Types.runtime("SelectionBuilder"), s),
                "The fields and relations of " + model.name() + " to load (select, include or omit).");
        t.addMethod(MethodSpec.constructorBuilder().addStatement("super(MODEL)").build());
        t.addMethod(self(s));
        for (ScalarField f : ModelEmitter.scalars(model)) {
            t.addMethod(MethodSpec.methodBuilder(Names.member(f.name())).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The field $L.\n", f.name()).returns(s).addStatement("return scalar(F_$L)", f.name()).build());
        }
        for (RelationField r : ModelEmitter.relations(schema, model)) {
            String count = countName(r);
            if (count == null) {
                continue;
            }
            ClassName rw = nested(r.relatedModel(), "Where");
            t.addMethod(MethodSpec.methodBuilder(count).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The number of related $L records ({@code _count}); read it with {@code $L()}.\n",
                            r.relatedModel(), count).returns(s)
                    .addStatement("return relationCount(R_$L, $T.TRUE)", r.name(), FILTER).build());
            t.addMethod(MethodSpec.methodBuilder(count).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The number of related $L records that {@code where} matches.\n", r.relatedModel())
                    .returns(s).addParameter(consumer(rw), "where")
                    .addStatement("return relationCount(R_$L, $T.build($T::new, where))", r.name(),
                            Types.runtime("Where"), rw).build());
        }
        for (RelationField r : ModelEmitter.relations(schema, model)) {
            ClassName args = nested(r.relatedModel(), "FindArgs");
            String name = Names.member(r.name());
            t.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The related $L records, with all their scalars.\n", r.relatedModel()).returns(s)
                    .addStatement("return $L(a -> { })", name).build());
            t.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The related $L records, filtered, ordered and loaded as {@code body} says.\n",
                            r.relatedModel()).returns(s).addParameter(consumer(args), "body")
                    .addStatement("$T a = new $T()", args, args).addStatement("body.accept(a)")
                    .addStatement("return relation(R_$L, $L, a.selection())", r.name(),
                            r.isList() ? "a.readArgs()" : "dev.refract.engine.ir.ReadArgs.NONE").build());
        }
        return t.build();
    }

    /**
     * The member naming the count of a to-many relation ({@code postsCount}), or null for a to-one
     * relation or when a field already has that name.
     */
    String countName(RelationField r) {
        String name = Names.member(r.name() + "Count");
        boolean taken = model.scalarFields().stream().anyMatch(f -> Names.member(f.name()).equals(name))
                || model.relationFields().stream().anyMatch(f -> Names.member(f.name()).equals(name));
        return r.isList() && !taken ? name : null;
    }

    TypeSpec findArgs() {
        ClassName a = own("FindArgs");
        TypeSpec.Builder t = builder("FindArgs", ParameterizedTypeName.get(Types.runtime("FindArgs"), a, own("Select")),
                "Which " + model.name() + " records to read, in which order, and what to load.");
        t.addMethod(MethodSpec.constructorBuilder().addStatement("super(MODEL, Select::new)").build());
        t.addMethod(self(a));
        t.addMethod(MethodSpec.methodBuilder("where").addModifiers(Modifier.PUBLIC).returns(a)
                .addJavadoc("Only records matching {@code body}.\n").addParameter(consumer(own("Where")), "body")
                .addStatement("return where($T.build(Where::new, body))", Types.runtime("Where")).build());
        t.addMethod(MethodSpec.methodBuilder("orderBy").addModifiers(Modifier.PUBLIC).returns(a)
                .addJavadoc("In the order {@code body} gives.\n").addParameter(consumer(own("OrderBy")), "body")
                .addStatement("OrderBy o = new OrderBy()").addStatement("body.accept(o)")
                .addStatement("return orderBy(o.build())").build());
        t.addMethod(MethodSpec.methodBuilder("cursor").addModifiers(Modifier.PUBLIC).returns(a)
                .addJavadoc("Starting at the record {@code at} selects.\n").addParameter(own("WhereUnique"), "at")
                .addStatement("return cursor(at.filter())").build());
        return t.build();
    }

    TypeSpec write(String name, boolean update) {
        ClassName b = own(name);
        TypeSpec.Builder t = builder(name, ParameterizedTypeName.get(Types.runtime("WriteBuilder"), b),
                (update ? "The changes of an update of " : "A new ") + model.name() + (update ? "." : " record."));
        t.addMethod(MethodSpec.constructorBuilder().build());
        t.addMethod(self(b));
        setters(t, b, update);
        return t.build();
    }

    /**
     * The creates of a model whose required relation a parent's nested write supplies: an abstract
     * {@code CreateBuilder} holding the setters, {@code Create} and one {@code CreateWithoutX} per
     * such relation (see {@link Creates}).
     */
    List<TypeSpec> creates(List<RelationField> variants) {
        if (variants.isEmpty()) {
            return List.of(write("Create", false));
        }
        TypeVariableName v = TypeVariableName.get("B", ParameterizedTypeName.get(own("CreateBuilder"),
                TypeVariableName.get("B")));
        TypeSpec.Builder base = TypeSpec.classBuilder("CreateBuilder")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC).addTypeVariable(v)
                .superclass(ParameterizedTypeName.get(Types.runtime("WriteBuilder"), TypeVariableName.get("B")))
                .addJavadoc("The fields and relations every create of $L sets.\n\n@param <B> the create type\n", model.name());
        base.addMethod(MethodSpec.constructorBuilder().build());
        setters(base, TypeVariableName.get("B"), false);
        List<TypeSpec> out = new ArrayList<>();
        out.add(base.build());
        List<String> names = new ArrayList<>(List.of("Create"));
        variants.forEach(r -> names.add(Creates.variantName(r)));
        for (int i = 0; i < names.size(); i++) {
            ClassName c = own(names.get(i));
            out.add(builder(names.get(i), ParameterizedTypeName.get(own("CreateBuilder"), c), i == 0
                    ? "A new " + model.name() + " record, with all its required relations."
                    : "A new " + model.name() + " record created through its " + variants.get(i - 1).name()
                            + " relation, which the parent's nested write supplies.")
                    .addMethod(MethodSpec.constructorBuilder().build()).addMethod(self(c)).build());
        }
        return out;
    }

    /** The setters and nested writes of a create or update builder returning {@code b}. */
    private void setters(TypeSpec.Builder t, TypeName b, boolean update) {
        if (!update) {
            t.addMethod(MethodSpec.methodBuilder("link").returns(b)
                    .addJavadoc("Sets a required relation from its link.\n")
                    .addParameter(ParameterizedTypeName.get(Types.runtime("Link"), ClassName.get(pkg, model.name())), "l")
                    .addStatement("return applyLink(l)").build());
        }
        for (ScalarField f : ModelEmitter.scalars(model)) {
            String n = Names.member(f.name());
            t.addMethod(MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC).returns(b)
                    .addJavadoc("Sets $L.\n", f.name()).addParameter(Types.value(pkg, f), n)
                    .addStatement(f.isList() && Types.isEnum(f) ? "return setEnums(F_$L, $L)" : "return set(F_$L, $L)",
                            f.name(), n).build());
            if (update && Types.isNumber(f)) {
                t.addMethod(MethodSpec.methodBuilder(n).addModifiers(Modifier.PUBLIC).returns(b)
                        .addJavadoc("Changes $L atomically ({@code Atomic.increment(1)}).\n", f.name())
                        .addParameter(ParameterizedTypeName.get(Types.runtime("Atomic"), Types.element(pkg, f)), "op")
                        .addStatement("return atomic(F_$L, op)", f.name()).build());
            }
        }
        for (RelationField r : ModelEmitter.relations(schema, model)) {
            ClassName c = Creates.nestedCreate(schema, pkg, model, r);
            ClassName u = nested(r.relatedModel(), "WhereUnique");
            ClassName p = nested(r.relatedModel(), "Update");
            ClassName w = nested(r.relatedModel(), "Where");
            TypeName kind;
            CodeBlock args;
            if (!update) {
                kind = ParameterizedTypeName.get(Types.runtime(r.isList() ? "NestedMany" : "NestedOne"), c, u);
                args = CodeBlock.of("R_$L", r.name());
            } else if (r.isList()) {
                kind = ParameterizedTypeName.get(Types.runtime("NestedManyUpdate"), c, u, p, w);
                args = CodeBlock.of("R_$L, $T::new, $T::new", r.name(), p, w);
            } else {
                kind = ParameterizedTypeName.get(Types.runtime("NestedOneUpdate"), c, u, p);
                args = CodeBlock.of("R_$L, $T::new", r.name(), p);
            }
            t.addMethod(MethodSpec.methodBuilder(Names.member(r.name())).addModifiers(Modifier.PUBLIC).returns(b)
                    .addJavadoc("Nested writes on the related $L records.\n", r.relatedModel())
                    .addParameter(consumer(kind), "body")
                    .addStatement("$T n = new $T($L)", kind, kind, args)
                    .addStatement("body.accept(n)").addStatement("return nested(n.build())").build());
        }
    }

    /** Typed field handles for aggregate and groupBy (see {@link FieldHandles}). */
    TypeSpec fields() {
        return FieldHandles.emit(model, pkg);
    }

    TypeSpec delegate() {
        ClassName self = ClassName.get(pkg, model.name());
        TypeName sup = ParameterizedTypeName.get(Types.runtime("ModelDelegate"), self, own("Where"), own("WhereUnique"),
                own("FindArgs"), own("Create"), own("Update"));
        TypeSpec.Builder t = builder("Delegate", sup, "The queries of " + model.name() + ": {@code db."
                + Names.accessor(model.name()) + "()}.");
        t.addMethod(MethodSpec.constructorBuilder().addParameter(Types.runtime("QueryRunner"), "runner")
                .addStatement("super(MODEL, runner, $T::new, Where::new, FindArgs::new, Update::new)", self).build());
        return t.build();
    }
}
