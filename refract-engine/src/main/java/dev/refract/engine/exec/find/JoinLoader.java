package dev.refract.engine.exec.find;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.model.SchemaModel;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/** {@code relationLoadStrategy: join}: the whole include tree in one statement (being built). */
final class JoinLoader {
    private final SchemaModel schema;
    private final LevelSql sql;
    private final StatementRunner runner;

    JoinLoader(SchemaModel schema, LevelSql sql, StatementRunner runner) {
        this.schema = schema;
        this.sql = sql;
        this.runner = runner;
    }

    List<Map<String, Object>> load(Connection c, Query request, LevelPlan plan, ReadArgs args) {
        throw new UnsupportedOperationException("relationLoadStrategy join is not implemented yet");
    }
}
