package dev.refract.engine.exec.find;

import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.engine.sql.read.LevelSpec;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.List;

/**
 * A nested many-to-many level with a cursor or distinct, per parent, in one statement. A child
 * may belong to several parents, so these apply to the (parent, child) pairs of the join table,
 * with window functions, in Prisma's order: the cursor (rows from the cursor row on, and none for
 * a parent that does not hold the cursor row), then distinct, then skip/take. The child's own
 * order is the order its statement returns rows in ({@code __rn}), as for the other nested
 * many-to-many levels.
 *
 * <p>Layers, innermost first: {@code rq} the child rows in order; {@code rp} numbered, with a
 * cursor mark; {@code r2} joined to the join table, with each parent's cursor position;
 * {@code r3} after the cursor, numbered per distinct key; {@code r4} distinct, numbered per
 * parent for skip/take. Output: parent key, the level's columns, its counts, as the other
 * many-to-many statements.
 */
final class ManyToManyWindows {
    private final LevelSql sql;
    private final SchemaModel schema;
    private final Dialect dialect;

    ManyToManyWindows(LevelSql sql, SchemaModel schema, Dialect dialect) {
        this.sql = sql;
        this.schema = schema;
        this.dialect = dialect;
    }

    Sql render(LevelPlan plan, RelationLink link, ReadArgs args, List<List<Object>> parentKeys, Sql parents) {
        for (ScalarField f : args.distinct()) {
            if (!plan.columns.contains(f)) {
                throw new UnsupportedFeatureException(dialect.provider(),
                        "distinct on a field that is not selected, in a nested many-to-many relation");
            }
        }
        ReadArgs unpaged = new ReadArgs(args.where(), args.orderBy(), null, null, null, List.of(),
                args.relationLoadStrategy());
        SqlWriter sub = sql.writer();
        sub.append("SELECT ").ident("rk").append('.').ident(link.childJoinColumn()).append(" FROM ")
                .table(link.joinSchema(), link.joinTable()).append(" AS ").ident("rk").append(" WHERE ");
        LevelSql.keyList(sub, "rk", link, parentKeys, parents);
        Sql inner = sql.select().render(new LevelSpec(plan.model, plan.columns, unpaged,
                new LevelSpec.Link(link.childKey(), null, sub.build(), link.childKey())));
        List<Selection.RelationCount> counts = plan.counts();

        SqlWriter w = sql.writer();
        // r4 → output: skip/take per parent over the distinct rows.
        w.append("SELECT ").ident("r4").append('.').ident("__parent");
        for (ScalarField f : plan.columns) {
            w.append(", ").column("r4", f);
        }
        for (int i = 0; i < counts.size(); i++) {
            w.append(", ").ident("r4").append('.').ident("__c" + i);
        }
        boolean fromEnd = args.take() != null && args.take() < 0;
        w.append(" FROM (SELECT ").ident("r3").append(".*, ROW_NUMBER() OVER (PARTITION BY ").ident("r3").append('.')
                .ident("__parent").append(" ORDER BY ").ident("r3").append('.').ident("__rn")
                .append(fromEnd ? " DESC" : "").append(") AS ").ident("__prn");
        // r3: after the parent's cursor row, numbered within each distinct key.
        w.append(" FROM (SELECT ").ident("r2").append(".*, ROW_NUMBER() OVER (PARTITION BY ").ident("r2").append('.')
                .ident("__parent");
        for (ScalarField f : args.distinct()) {
            w.append(", ").column("r2", f);
        }
        w.append(" ORDER BY ").ident("r2").append('.').ident("__rn").append(") AS ").ident("__drn");
        // r2: the pairs of the join table with the child rows, and each parent's cursor position.
        w.append(" FROM (SELECT ").ident("rj").append('.').ident(link.parentJoinColumn()).append(" AS ")
                .ident("__parent").append(", ");
        LevelSql.columns(w, plan, "rp");
        CountRenderer.Aliases aliases = new CountRenderer.Aliases();
        for (int i = 0; i < counts.size(); i++) {
            w.append(", ");
            CountRenderer.render(w, schema, plan.model, "rp", counts.get(i), aliases);
            w.append(" AS ").ident("__c" + i);
        }
        w.append(", ").ident("rp").append('.').ident("__rn");
        if (args.cursor() != null) {
            w.append(", MAX(CASE WHEN ").ident("rp").append('.').ident("__cur").append(" = 1 THEN ").ident("rp")
                    .append('.').ident("__rn").append(" END) OVER (PARTITION BY ").ident("rj").append('.')
                    .ident(link.parentJoinColumn()).append(") AS ").ident("__cpos");
        }
        // rp: the child rows in their order, numbered, the cursor row marked.
        w.append(" FROM ").table(link.joinSchema(), link.joinTable()).append(" AS ").ident("rj")
                .append(" INNER JOIN (SELECT ").ident("rq").append(".*, ROW_NUMBER() OVER () AS ").ident("__rn");
        if (args.cursor() != null) {
            w.append(", CASE WHEN ");
            FilterRenderer.render(w, plan.model, "rq", args.cursor());
            w.append(" THEN 1 ELSE 0 END AS ").ident("__cur");
        }
        w.append(" FROM (").embed(inner).append(") AS ").ident("rq").append(") AS ").ident("rp").append(" ON ")
                .column("rp", link.childKey().get(0)).append(" = ").ident("rj").append('.')
                .ident(link.childJoinColumn()).append(" WHERE ");
        LevelSql.keyList(w, "rj", link, parentKeys, parents);
        w.append(") AS ").ident("r2");
        if (args.cursor() != null) {
            w.append(" WHERE ").ident("r2").append('.').ident("__cpos").append(" IS NOT NULL AND ").ident("r2")
                    .append('.').ident("__rn").append(" >= ").ident("r2").append('.').ident("__cpos");
        }
        w.append(") AS ").ident("r3");
        if (!args.distinct().isEmpty()) {
            w.append(" WHERE ").ident("r3").append('.').ident("__drn").append(" = 1");
        }
        w.append(") AS ").ident("r4");
        long skip = args.skip() == null ? 0 : args.skip();
        w.append(" WHERE ").ident("r4").append('.').ident("__prn").append(" > ").append(skip);
        if (args.take() != null) {
            w.append(" AND ").ident("r4").append('.').ident("__prn").append(" <= ").append(skip + Math.abs(args.take()));
        }
        w.append(" ORDER BY ").ident("r4").append('.').ident("__rn");
        return w.build();
    }
}
