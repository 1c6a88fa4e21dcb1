package dev.refract.bench;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.parser.AstBuilder;
import dev.refract.schema.parser.PslParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to read one large schema, in milliseconds per schema: the whole pipeline
 * ({@link #parseAndValidate}) and its first stage alone ({@link #parse}: text to CST to AST).
 *
 * <p>Run: {@code java -jar refract-bench/target/benchmarks.jar ValidateBenchmark -f 1 -wi 3 -i 5}.
 * {@code -p schema=PATH} picks another file (a path, or a file name among Prisma's large test schemas).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {
    /** A schema path, or the name of one of Prisma's large test schemas (odoo.prisma: 3,565 lines). */
    @Param("odoo.prisma")
    public String schema;

    private String text;

    /** Reads the schema once, as Prisma 7 would accept it (no datasource url). */
    @Setup
    public void load() {
        text = BenchSchemas.withoutDatasourceUrl(BenchSchemas.read(BenchSchemas.resolve(schema)));
    }

    /** Text to a validated schema: parse, AST, parser database, configuration, validations. */
    @Benchmark
    public ValidatedSchema parseAndValidate() {
        return PrismaSchema.validate(text);
    }

    /** Text to the concrete tree and the AST, with parse diagnostics. */
    @Benchmark
    public SchemaAst parse() {
        return AstBuilder.build(PslParser.parse(text), 0, new Diagnostics());
    }
}
