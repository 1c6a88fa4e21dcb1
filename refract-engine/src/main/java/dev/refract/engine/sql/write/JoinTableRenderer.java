package dev.refract.engine.sql.write;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.model.Model;
import dev.refract.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements on an implicit many-to-many join table ({@code _AToB}, columns {@code A} and
 * {@code B}): linking rows in bulk, skipping pairs already linked (both databases read
 * {@code ON CONFLICT DO NOTHING}), and unlinking a parent from all or some of its children.
 */
public final class JoinTableRenderer {
    private final Dialect dialect;
    private final String defaultSchema;

    public JoinTableRenderer(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    /**
     * {@code INSERT INTO join (parentColumn, childColumn) VALUES (?, ?), ... ON CONFLICT DO NOTHING},
     * as many statements as the parameter limit needs.
     *
     * @param pairs {parent id, child id} per link
     */
    public List<Sql> link(String schema, String table, String parentColumn, ScalarField parentId, String childColumn,
                          ScalarField childId, List<Object[]> pairs) {
        List<Sql> out = new ArrayList<>();
        int perStatement = Math.max(1, dialect.maxBindParameters() / 2);
        for (int from = 0; from < pairs.size(); from += perStatement) {
            SqlWriter w = new SqlWriter(dialect, defaultSchema);
            w.append("INSERT INTO ").table(schema, table).append(" (").ident(parentColumn).append(',')
                    .ident(childColumn).append(") VALUES ");
            List<Object[]> chunk = pairs.subList(from, Math.min(pairs.size(), from + perStatement));
            for (int i = 0; i < chunk.size(); i++) {
                w.append(i > 0 ? "," : "").append('(').param(chunk.get(i)[0], parentId).append(',')
                        .param(chunk.get(i)[1], childId).append(')');
            }
            out.add(w.append(" ON CONFLICT DO NOTHING").build());
        }
        return out;
    }

    /**
     * {@code DELETE FROM join WHERE parentColumn = ? [AND childColumn IN (SELECT id FROM child AS t0
     * WHERE filter)]}: unlinks the parent from its children, or from those {@code childFilter} matches.
     *
     * @param childFilter which children to unlink, or null for all
     */
    public Sql unlink(String schema, String table, String parentColumn, ScalarField parentId, Object parentValue,
                      String childColumn, Model child, ScalarField childId, Filter childFilter) {
        SqlWriter w = new SqlWriter(dialect, defaultSchema);
        w.append("DELETE FROM ").table(schema, table).append(" WHERE ").ident(parentColumn).append(" = ")
                .param(parentValue, parentId);
        if (childFilter != null) {
            w.append(" AND ").ident(childColumn).append(" IN (SELECT ").column(WriteRenderer.LIMITED, childId)
                    .append(" FROM ").table(child).append(" AS ").ident(WriteRenderer.LIMITED).append(" WHERE ");
            FilterRenderer.render(w, child, WriteRenderer.LIMITED, childFilter);
            w.append(')');
        }
        return w.build();
    }
}
