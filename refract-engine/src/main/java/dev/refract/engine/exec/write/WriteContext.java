package dev.refract.engine.exec.write;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.sql.write.WriteRenderer;
import dev.refract.model.SchemaModel;

/** What the write executors share: the schema, the statement runner, the renderer and the helpers. */
final class WriteContext {
    private final SchemaModel schema;
    private final StatementRunner runner;
    private final WriteRenderer renderer;
    private final Reader reader;
    private final Transactions tx;
    private final String defaultSchema;
    private NestedWrites nested;
    private final EmulatedRelations relations;

    WriteContext(SchemaModel schema, String defaultSchema, StatementRunner runner, WriteRenderer renderer,
                 Reader reader) {
        this.schema = schema;
        this.defaultSchema = defaultSchema;
        this.runner = runner;
        this.renderer = renderer;
        this.reader = reader;
        this.tx = new Transactions(runner);
        this.relations = new EmulatedRelations(this);
    }

    /** The referential actions of {@code relationMode = "prisma"} (inactive otherwise). */
    EmulatedRelations relations() {
        return relations;
    }

    SchemaModel schema() {
        return schema;
    }

    /** The schema of models without {@code @@schema}, or null. */
    String defaultSchema() {
        return defaultSchema;
    }

    StatementRunner runner() {
        return runner;
    }

    WriteRenderer renderer() {
        return renderer;
    }

    Reader reader() {
        return reader;
    }

    Transactions tx() {
        return tx;
    }

    NestedWrites nested() {
        return nested;
    }

    void nested(NestedWrites nested) {
        this.nested = nested;
    }
}
