package dev.refract.engine.exec.find;

import dev.refract.engine.exec.StatementRunner;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.json.Json;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.engine.sql.read.LevelSpec;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code relationLoadStrategy: join}: the whole include tree in one statement. Each level is the
 * {@link dev.refract.engine.sql.read.SelectRenderer} statement of its model as a derived table
 * {@code pN}, restricted to the current parent by a correlated parent subquery (so nested where,
 * orderBy and pagination are the renderer's, per parent). Its rows become JSON objects
 * ({@code json_build_object} on PostgreSQL, {@code json_object} on SQLite) aggregated into an
 * array ({@code json_agg} / {@code json_group_array}); PostgreSQL joins each relation as a
 * {@code LEFT JOIN LATERAL}, SQLite inlines it as a correlated scalar subquery. The top level's
 * scalars are read as plain columns; nested values are decoded by {@link JsonColumns}.
 *
 * <p>Order: JSON arrays are aggregated from the ordered child statement, and the top level's rows
 * are read from its ordered derived table; both databases keep that order for these plans (the
 * same assumption Prisma's own relation joins make).
 */
final class JoinLoader {
    /** Objects are built from at most this many key/value pairs per function call (PostgreSQL allows 100 arguments). */
    private static final int PAIRS_PER_OBJECT = 50;

    private final SchemaModel schema;
    private final LevelSql sql;
    private final StatementRunner runner;
    private final JsonColumns json;
    private final boolean postgres;

    JoinLoader(SchemaModel schema, LevelSql sql, StatementRunner runner) {
        this.schema = schema;
        this.sql = sql;
        this.runner = runner;
        this.json = new JsonColumns(schema, sql.dialect());
        this.postgres = sql.dialect().provider().equals("postgresql");
    }

    List<Map<String, Object>> load(Connection c, Query request, LevelPlan plan, ReadArgs args) {
        Shape shape = new Shape().add("join").add(plan.model.name()).args(args).selection(plan.selection);
        Sql statement = sql.cache().render(shape, () -> render(plan, args));
        List<ScalarField> read = sql.readColumns(plan, null);
        for (int i = 0; i < plan.children.size(); i++) {
            read.add(null);
        }
        List<Object[]> rows = runner.query(c, statement, read, plan.spareSlots(), request);
        int first = plan.columns.size() + plan.counts().size();
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, Object> record = plan.record(row, 0);
            for (int i = 0; i < plan.children.size(); i++) {
                LevelPlan.Child child = plan.children.get(i);
                String text = (String) row[first + i];
                plan.setRelation(record, child, relation(child, text == null ? null : Json.parse(text)));
            }
            out.add(record);
        }
        return out;
    }

    /** The one statement: the top level's columns and counts, then one JSON column per relation. */
    Sql render(LevelPlan plan, ReadArgs args) {
        Context cx = new Context();
        SqlWriter w = sql.writer();
        String alias = cx.alias("p");
        w.append("SELECT ");
        for (int i = 0; i < plan.columns.size(); i++) {
            w.append(i > 0 ? ", " : "").column(alias, plan.columns.get(i));
        }
        for (Selection.RelationCount rc : plan.counts()) {
            w.append(", ");
            CountRenderer.render(w, schema, plan.model, alias, rc, cx.aliases);
        }
        List<String> joins = new ArrayList<>();
        List<Sql> joinSql = new ArrayList<>();
        for (LevelPlan.Child child : plan.children) {
            w.append(", ");
            relationValue(w, child, alias, cx, joins, joinSql, false);
        }
        w.append(" FROM (").embed(sql.select().render(new LevelSpec(plan.model, plan.columns, args, null)))
                .append(") AS ").ident(alias);
        appendJoins(w, joins, joinSql);
        return w.build();
    }

    /**
     * Appends the value of one relation of the row {@code parentAlias}: on PostgreSQL a reference to
     * a lateral join (whose SQL goes to {@code joins}), on SQLite the correlated subquery itself.
     */
    private void relationValue(SqlWriter w, LevelPlan.Child child, String parentAlias, Context cx, List<String> joins,
                               List<Sql> joinSql, boolean insideJson) {
        Sql sub = relationSubquery(child, parentAlias, cx);
        if (postgres) {
            String j = cx.alias("j");
            joins.add(j);
            joinSql.add(sub);
            w.ident(j).append('.').ident("v");
        } else {
            w.append(insideJson ? "json((" : "(").embed(sub).append(insideJson ? "))" : ")");
        }
    }

    private void appendJoins(SqlWriter w, List<String> joins, List<Sql> joinSql) {
        for (int i = 0; i < joins.size(); i++) {
            w.append(" LEFT JOIN LATERAL (").embed(joinSql.get(i)).append(") AS ").ident(joins.get(i))
                    .append(" ON true");
        }
    }

    /** One statement returning the relation's JSON (an array, an object, or null) for one parent row. */
    private Sql relationSubquery(LevelPlan.Child child, String parentAlias, Context cx) {
        RelationLink link = child.link();
        LevelPlan plan = child.plan();
        String alias = cx.alias("p");
        ReadArgs args = child.item().args();
        boolean pageHere = link.isManyToMany() && (args.skip() != null || args.take() != null);
        if (link.isManyToMany() && !args.distinct().isEmpty()) {
            throw new UnsupportedFeatureException(sql.dialect().provider(), "distinct on a nested many-to-many relation");
        }
        if (pageHere) {
            // The renderer would page per child id (the m:n link's only column); one parent's
            // children are all there is here, so page the ordered rows as they come.
            args = new ReadArgs(args.where(), args.orderBy(), args.cursor(), null, null, List.of(),
                    args.relationLoadStrategy());
        }
        Sql inner = sql.select().render(new LevelSpec(plan.model, plan.columns, args,
                new LevelSpec.Link(link.childKey(), null, parentQuery(link, parentAlias, cx), link.childKey())));
        if (pageHere) {
            inner = sql.pageInArrivalOrder(inner, plan, child.item().args().skip(), child.item().args().take());
        }

        SqlWriter row = sql.writer();
        row.append("SELECT ");
        List<String> joins = new ArrayList<>();
        List<Sql> joinSql = new ArrayList<>();
        rowJson(row, plan, alias, cx, joins, joinSql);
        row.append(" AS ").ident("v").append(" FROM (").embed(inner).append(") AS ").ident(alias);
        appendJoins(row, joins, joinSql);
        if (!link.toMany()) {
            row.append(" LIMIT 1");
            return row.build();
        }
        String r = cx.alias("r");
        SqlWriter w = sql.writer();
        if (postgres) {
            w.append("SELECT COALESCE(json_agg(").ident(r).append('.').ident("v").append("), '[]'::json) AS ")
                    .ident("v");
        } else {
            w.append("SELECT COALESCE(json_group_array(json(").ident(r).append('.').ident("v").append(")), '[]')");
        }
        w.append(" FROM (").embed(row.build()).append(") AS ").ident(r);
        return w.build();
    }

    /** The parents' key for one parent row: its own columns, or its ids' rows in the join table. */
    private Sql parentQuery(RelationLink link, String parentAlias, Context cx) {
        SqlWriter w = sql.writer();
        w.append("SELECT ");
        if (link.isManyToMany()) {
            String k = cx.alias("k");
            w.ident(k).append('.').ident(link.childJoinColumn()).append(" FROM ")
                    .table(link.joinSchema(), link.joinTable()).append(" AS ").ident(k).append(" WHERE ").ident(k)
                    .append('.').ident(link.parentJoinColumn()).append(" = ").column(parentAlias, link.parentKey().get(0));
        } else {
            for (int i = 0; i < link.parentKey().size(); i++) {
                w.append(i > 0 ? ", " : "").column(parentAlias, link.parentKey().get(i));
            }
        }
        return w.build();
    }

    /** A JSON object of the row {@code alias}: its selection by key, chunked under the argument limit. */
    private void rowJson(SqlWriter w, LevelPlan plan, String alias, Context cx, List<String> joins,
                         List<Sql> joinSql) {
        List<Selection.Item> items = plan.selection.fields();
        String fn = postgres ? "json_build_object(" : "json_object(";
        boolean chunked = items.size() > PAIRS_PER_OBJECT;
        if (chunked) {
            w.append(fn);
        }
        int childIndex = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i % PAIRS_PER_OBJECT == 0) {
                if (chunked) {
                    w.append(i > 0 ? ", " : "").append("'__" + (i / PAIRS_PER_OBJECT) + "', ");
                }
                w.append(fn);
            } else {
                w.append(", ");
            }
            Selection.Item item = items.get(i);
            w.append('\'').append(item.key().replace("'", "''")).append("', ");
            if (item instanceof Selection.Scalar s) {
                StringBuilder col = new StringBuilder();
                sql.dialect().quote(col, alias);
                col.append('.');
                sql.dialect().quote(col, s.field().databaseName());
                w.append(json.encode(col.toString(), s.field()));
            } else if (item instanceof Selection.Relation) {
                relationValue(w, plan.children.get(childIndex++), alias, cx, joins, joinSql, true);
            } else if (item instanceof Selection.Count count) {
                w.append(fn);
                for (int k = 0; k < count.relations().size(); k++) {
                    Selection.RelationCount rc = count.relations().get(k);
                    w.append(k > 0 ? ", " : "").append('\'').append(rc.field().name()).append("', ");
                    CountRenderer.render(w, schema, plan.model, alias, rc, cx.aliases);
                }
                w.append(')');
            }
            if (i % PAIRS_PER_OBJECT == PAIRS_PER_OBJECT - 1 || i == items.size() - 1) {
                w.append(')');
            }
        }
        if (items.isEmpty()) {
            w.append(fn).append(')');
        }
        if (chunked) {
            w.append(')');
        }
    }

    private Object relation(LevelPlan.Child child, Object value) {
        if (child.link().toMany()) {
            List<Map<String, Object>> out = new ArrayList<>();
            if (value != null) {
                for (Object o : (List<?>) value) {
                    out.add(record(child.plan(), flatten(o)));
                }
            }
            return out;
        }
        return value == null ? null : record(child.plan(), flatten(value));
    }

    /** Undoes the chunking of wide objects ({@code __0}, {@code __1}...). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatten(Object o) {
        Map<String, Object> m = (Map<String, Object>) o;
        if (!m.containsKey("__0")) {
            return m;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object part : m.values()) {
            out.putAll((Map<String, Object>) part);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> record(LevelPlan plan, Map<String, Object> jsonRow) {
        // The parsed object already holds the selection's keys in selection order (a LinkedHashMap):
        // decoding its values in place keeps that order and saves a second map per record.
        Map<String, Object> out = jsonRow instanceof LinkedHashMap && jsonRow.size() == plan.selection.fields().size()
                ? jsonRow : new LinkedHashMap<>();
        int childIndex = 0;
        for (Selection.Item item : plan.selection.fields()) {
            Object v = jsonRow.get(item.key());
            if (item instanceof Selection.Scalar s) {
                out.put(s.key(), json.decode(v, s.field()));
            } else if (item instanceof Selection.Relation) {
                out.put(item.key(), relation(plan.children.get(childIndex++), v));
            } else if (item instanceof Selection.Count) {
                Map<String, Object> counts = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                    counts.put(e.getKey(), ((Number) e.getValue()).intValue());
                }
                out.put(item.key(), counts);
            }
        }
        return out;
    }

    /** Aliases unique within one statement. */
    private static final class Context {
        final CountRenderer.Aliases aliases = new CountRenderer.Aliases();
        private int next;

        String alias(String prefix) {
            return "j" + prefix + (next++);
        }
    }
}
