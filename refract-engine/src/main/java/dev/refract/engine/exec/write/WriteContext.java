package dev.refract.engine.exec.write;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.sql.write.WriteRenderer;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Per model name; a model of another schema with the same name is planned afresh (identity check). */
    private final Map<String, WritePlan> plans = new ConcurrentHashMap<>();

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

    /** The write plan of {@code model}, built on first use. */
    WritePlan plan(Model model) {
        WritePlan p = plans.get(model.name());
        if (p != null && p.model() == model) {
            return p;
        }
        p = new WritePlan(model);
        plans.put(model.name(), p);
        return p;
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
