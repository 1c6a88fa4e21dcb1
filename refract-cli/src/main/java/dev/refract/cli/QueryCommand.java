package dev.refract.cli;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.connect.ConnectionPool;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Query;
import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.result.ClientJson;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code refract query}: runs one query written in Prisma's JSON protocol and prints, as JSON on
 * stdout, the value Prisma Client would return for it (see {@link ClientJson}). A failure prints
 * {@code {"error": {"code": ..., "message": ...}}} and exits 1. The way to script and debug the
 * engine. A batch of documents (a JSON array, or Prisma's {@code {"batch": [...]}}) runs in turn,
 * each on its own, or with {@code --transaction} as one transaction, and prints the list of results.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run one Prisma JSON-protocol query document and print its result as JSON.")
final class QueryCommand implements Callable<Integer> {
    private final CliContext context;
    private final InputStream stdin;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "Schema file, or folder of *.prisma files. Default: prisma/schema.prisma, then schema.prisma.")
    String schema;

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (Prisma's form: postgresql://..., file:./dev.db). Default: the datasource's url.")
    String url;

    @Option(names = "--log-queries", description = "Print each SQL statement, with its parameters, on stderr.")
    boolean logQueries;

    @Option(names = "--transaction", description = "Run a batch (a JSON array of documents, or Prisma's "
            + "{\"batch\": [...], \"transaction\": {\"isolationLevel\": ...}}) as one transaction: all or nothing.")
    boolean transaction;

    @Parameters(arity = "0..1", paramLabel = "DOCUMENT",
            description = "The JSON protocol document ({\"modelName\", \"action\", \"query\"}), or a batch; "
                    + "read from stdin when absent.")
    String document;

    QueryCommand(CliContext context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        SchemaLocation location = new SchemaLocator(context.cwd()).locate(schema);
        ValidatedSchema validated = PrismaSchema.validate(location.files());
        if (!validated.isValid()) {
            return error("P1012", validated.render(false));
        }
        Optional<SchemaModel> model = SchemaModels.from(validated);
        if (model.isEmpty()) {
            return error("P1012", "The schema has no datasource: add a datasource block to run queries.");
        }
        Path schemaDir = location.folder() ? location.location() : location.location().toAbsolutePath().getParent();
        String databaseUrl = url;
        if (databaseUrl == null) {
            try {
                databaseUrl = DatasourceUrlResolver.resolve(context,
                        validated.configuration().datasource().orElseThrow(), schemaDir);
            } catch (RefractException e) {
                return error(e.code(), e.getMessage());
            }
        }
        String text = document != null ? document : readStdin();
        try (ConnectionPool pool = ConnectionPool.open(databaseUrl, schemaDir)) {
            QueryEngine engine = QueryEngine.create(model.get(), pool.dataSource());
            if (logQueries) {
                engine.addListener(event -> context.err().println(event.sql() + " " + event.params()));
            }
            Batch batch = Batch.parse(text, transaction);
            if (batch == null) {
                Query query = ProtocolReader.read(model.get(), text);
                context.out().println(ClientJson.write(engine.execute(query)));
            } else {
                context.out().println(ClientJson.write(batch.run(engine)));
            }
            return ExitCodes.OK;
        } catch (RefractException e) {
            return error(e.code(), e.getMessage());
        }
    }

    private int error(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        context.out().println(ClientJson.write(Map.of("error", error)));
        return ExitCodes.INVALID;
    }

    private String readStdin() {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
