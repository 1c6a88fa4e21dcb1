package dev.refract.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/** The client class: connect, one accessor per model, transaction, raw SQL, close. */
final class ClientEmitter {
    private static final ClassName ENGINE = ClassName.get("dev.refract.engine", "QueryEngine");

    private ClientEmitter() {
    }

    private static final ClassName RAW = ClassName.get("dev.refract.engine.raw", "RawQueries");

    /** {@code Connections.open(...)}, naming the schema's folder only when it is not the working directory. */
    private static com.palantir.javapoet.CodeBlock connectFromSchema(ClientGenerator.Options options) {
        ClassName model = ClassName.get(options.packageName(), SchemaEmitter.NAME);
        String dir = options.schemaDir();
        if (dir == null || dir.isEmpty() || dir.equals(".")) {
            return com.palantir.javapoet.CodeBlock.builder().addStatement("$T e = $T.open($T.MODEL, $S, $S)", ENGINE,
                    Types.runtime("Connections"), model, options.envVar(), options.literalUrl()).build();
        }
        return com.palantir.javapoet.CodeBlock.builder().addStatement("$T e = $T.open($T.MODEL, $S, $S, $S)", ENGINE,
                Types.runtime("Connections"), model, options.envVar(), options.literalUrl(), dir).build();
    }

    static TypeSpec emit(SchemaModel schema, ClientGenerator.Options options) {
        ClassName self = ClassName.get(options.packageName(), options.clientName());
        ClassName runner = Types.runtime("QueryRunner");
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class).addAnnotation(Generated.spec())
                .addJavadoc("The database client of this schema. Safe to share between threads (virtual ones included);\n"
                        + "close it when done.\n");
        t.addField(ENGINE, "engine", Modifier.PRIVATE, Modifier.FINAL);
        // Queries and raw SQL both go to `raw`: the engine, or in a transaction body the transaction.
        t.addField(RAW, "raw", Modifier.PRIVATE, Modifier.FINAL);
        t.addField(runner, "runner", Modifier.PRIVATE, Modifier.FINAL);
        t.addField(FieldSpec.builder(boolean.class, "owner", Modifier.PRIVATE, Modifier.FINAL).build());
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(ENGINE, "engine")
                .addParameter(RAW, "raw").addParameter(boolean.class, "owner")
                .addStatement("this.engine = engine").addStatement("this.raw = raw")
                .addStatement("this.runner = raw::execute")
                .addStatement("this.owner = owner").build());
        t.addMethod(MethodSpec.methodBuilder("connect").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("Connects to the schema's datasource URL ($L).\n", options.literalUrl() != null
                        ? "as the schema writes it" : "environment variable " + options.envVar() + ", or .env")
                .addCode(connectFromSchema(options))
                .addStatement("return new $T(e, e, true)", self).build());
        t.addMethod(MethodSpec.methodBuilder("connect").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("Connects to a Prisma datasource URL ({@code file:./dev.db}, {@code postgresql://...}).\n")
                .addParameter(String.class, "url")
                .addStatement("$T e = $T.open($T.MODEL, url, $T.of(\"\").toAbsolutePath())", ENGINE, ENGINE,
                        ClassName.get(options.packageName(), SchemaEmitter.NAME), java.nio.file.Path.class)
                .addStatement("return new $T(e, e, true)", self).build());
        t.addMethod(MethodSpec.methodBuilder("connect").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("Uses {@code dataSource}, which the application keeps owning.\n")
                .addParameter(javax.sql.DataSource.class, "dataSource")
                .addStatement("$T e = $T.create($T.MODEL, dataSource)", ENGINE, ENGINE,
                        ClassName.get(options.packageName(), SchemaEmitter.NAME))
                .addStatement("return new $T(e, e, true)", self).build());
        for (Model m : schema.models()) {
            if (!Types.visible(m)) {
                continue;
            }
            ClassName delegate = ClassName.get(options.packageName(), m.name(), "Delegate");
            t.addMethod(MethodSpec.methodBuilder(Names.accessor(m.name())).addModifiers(Modifier.PUBLIC)
                    .addJavadoc("The queries of $L.\n", m.name()).returns(delegate)
                    .addStatement("return new $T(runner)", delegate).build());
        }
        TypeVariableName tv = TypeVariableName.get("T");
        t.addMethod(MethodSpec.methodBuilder("transaction").addModifiers(Modifier.PUBLIC).addTypeVariable(tv).returns(tv)
                .addJavadoc("Runs {@code body} in an interactive transaction: its queries (through the client it is\n"
                        + "given) commit together when it returns and roll back when it throws.\n")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), self, tv), "body")
                .addStatement("return engine.transaction(tx -> body.apply(new $T(engine, tx, false)))", self)
                .build());
        t.addMethod(MethodSpec.methodBuilder("raw").addModifiers(Modifier.PUBLIC)
                .returns(RAW)
                .addJavadoc("Raw SQL ({@code queryRaw}, {@code executeRaw}) on this client's database; in a transaction\n"
                        + "body, inside that transaction.\n")
                .addStatement("return raw").build());
        t.addMethod(MethodSpec.methodBuilder("engine").addModifiers(Modifier.PUBLIC).returns(ENGINE)
                .addJavadoc("The query engine underneath, for what the typed API does not cover yet.\n")
                .addStatement("return engine").build());
        t.addMethod(MethodSpec.methodBuilder("close").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
                .addJavadoc("Closes the engine (a no-op on the client a transaction body gets).\n")
                .beginControlFlow("if (owner)").addStatement("engine.close()").endControlFlow().build());
        return t.build();
    }
}
