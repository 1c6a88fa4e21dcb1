package dev.refract.engine.exec.find;

import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.engine.sql.read.LevelSpec;
import dev.refract.engine.sql.read.SelectRenderer;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of the batched and one-round-trip strategies: one level's SELECT from
 * {@link SelectRenderer}, wrapped when the level also counts relations (counts become correlated
 * subqueries on the level's rows) or reads through an implicit many-to-many join table.
 */
final class LevelSql {
    private final SchemaModel schema;
    private final Dialect dialect;
    private final String defaultSchema;
    private final SelectRenderer select;
    private final StatementCache cache = new StatementCache();

    LevelSql(SchemaModel schema, Dialect dialect, String defaultSchema) {
        this.schema = schema;
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
        this.select = new SelectRenderer(dialect, defaultSchema);
    }

    Dialect dialect() {
        return dialect;
    }

    SelectRenderer select() {
        return select;
    }

    SqlWriter writer() {
        return new SqlWriter(dialect, defaultSchema);
    }

    /** How to read the rows of a level: an optional leading parent key, its columns, then its counts. */
    List<ScalarField> readColumns(LevelPlan plan, ScalarField leading) {
        List<ScalarField> out = new ArrayList<>();
        if (leading != null) {
            out.add(leading);
        }
        out.addAll(plan.columns);
        for (int i = 0; i < plan.counts().size(); i++) {
            out.add(LevelPlan.COUNT);
        }
        return out;
    }

    /**
     * True when keys of {@code field} go to PostgreSQL as one array ({@code = ANY(?)}): one
     * statement text for every key count, so pgjdbc's server-side statement is reused, and one
     * parameter to bind instead of hundreds. Only for types whose array compares exactly as the
     * column does (integers, plain text, uuid), not enums or padded {@code Char}.
     */
    boolean keyArray(ScalarField field) {
        if (!dialect.provider().equals("postgresql") || field.arity().isList()
                || !(field.type() instanceof ScalarType.Builtin b)) {
            return false;
        }
        String nativeType = field.nativeType() == null ? null : field.nativeType().name();
        return switch (b.type()) {
            case INT, BIG_INT -> nativeType == null || nativeType.equals("Integer") || nativeType.equals("BigInt");
            case STRING -> nativeType == null || nativeType.equals("Text") || nativeType.equals("VarChar")
                    || nativeType.equals("Uuid");
            default -> false;
        };
    }

    StatementCache cache() {
        return cache;
    }

    /** One level's statement: its columns, then one count column per {@code _count} entry. */
    Sql level(LevelPlan plan, ReadArgs args, LevelSpec.Link link) {
        if (link != null && link.keys() == null) {
            return renderLevel(plan, args, link);
        }
        Shape shape = new Shape(plan.shapePrefix()).args(args).counts(plan.counts());
        if (link != null) {
            shape.fields(link.childColumns());
            if (link.keyArray() != null) {
                shape.keyArray(link.keyArray());
            } else {
                shape.keys(link.keys());
            }
        }
        return cache.render(shape, () -> renderLevel(plan, args, link));
    }

    private Sql renderLevel(LevelPlan plan, ReadArgs args, LevelSpec.Link link) {
        Sql inner = select.render(new LevelSpec(plan.model, plan.columns, args, link));
        List<Selection.RelationCount> counts = plan.counts();
        if (counts.isEmpty()) {
            return inner;
        }
        SqlWriter w = writer();
        CountRenderer.Aliases aliases = new CountRenderer.Aliases();
        w.append("SELECT ");
        columns(w, plan, "rp");
        for (Selection.RelationCount rc : counts) {
            w.append(", ");
            CountRenderer.render(w, schema, plan.model, "rp", rc, aliases);
        }
        w.append(" FROM (").embed(inner).append(") AS ").ident("rp");
        return w.build();
    }

    /**
     * The children of several parents through a join table, in one statement: the parent's id
     * first, then the child's columns and counts. The child's order comes from the child's own
     * statement (numbered as it arrives); skip and take apply per parent over that numbering.
     */
    Sql manyToMany(LevelPlan plan, RelationLink link, ReadArgs args, List<List<Object>> parentKeys) {
        Shape shape = new Shape().add("m2m").add(link.parent().name()).add(link.field().name()).fields(plan.columns)
                .args(args).counts(plan.counts()).keys(parentKeys);
        return cache.render(shape, () -> renderManyToMany(plan, link, args, parentKeys, null));
    }

    /** As {@link #manyToMany} for the parents that {@code parents} (a statement of their ids) returns. */
    Sql manyToMany(LevelPlan plan, RelationLink link, ReadArgs args, Sql parents) {
        return renderManyToMany(plan, link, args, null, parents);
    }

    /**
     * A statement of the {@code columns} values of every row of {@code statement} (a level's
     * statement), for the next level to select by: {@code SELECT x.k FROM (statement) AS x}.
     */
    Sql project(Sql statement, List<ScalarField> columns) {
        SqlWriter w = writer();
        w.append("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            w.append(i > 0 ? ", " : "").column("rx", columns.get(i));
        }
        return w.append(" FROM (").embed(statement).append(") AS ").ident("rx").build();
    }

    private Sql renderManyToMany(LevelPlan plan, RelationLink link, ReadArgs args, List<List<Object>> parentKeys,
                                 Sql parents) {
        if (args.cursor() != null || !args.distinct().isEmpty()) {
            return new ManyToManyWindows(this, schema, dialect).render(plan, link, args, parentKeys, parents);
        }
        ReadArgs unpaged = new ReadArgs(args.where(), args.orderBy(), null, null, null, List.of(),
                args.relationLoadStrategy());
        SqlWriter sub = writer();
        sub.append("SELECT ").ident("rk").append('.').ident(link.childJoinColumn()).append(" FROM ")
                .table(link.joinSchema(), link.joinTable()).append(" AS ").ident("rk").append(" WHERE ");
        keyList(sub, "rk", link, parentKeys, parents);
        Sql inner = select.render(new LevelSpec(plan.model, plan.columns, unpaged,
                new LevelSpec.Link(link.childKey(), null, sub.build(), link.childKey())));

        boolean paged = args.skip() != null || args.take() != null;
        SqlWriter w = writer();
        if (paged) {
            w.append("SELECT ").ident("rw").append('.').ident("__parent");
            for (ScalarField f : plan.columns) {
                w.append(", ").column("rw", f);
            }
            for (int i = 0; i < plan.counts().size(); i++) {
                w.append(", ").ident("rw").append('.').ident("__c" + i);
            }
            w.append(" FROM (");
        }
        w.append("SELECT ").ident("rj").append('.').ident(link.parentJoinColumn()).append(" AS ").ident("__parent");
        w.append(", ");
        columns(w, plan, "rp");
        CountRenderer.Aliases aliases = new CountRenderer.Aliases();
        List<Selection.RelationCount> counts = plan.counts();
        for (int i = 0; i < counts.size(); i++) {
            w.append(", ");
            CountRenderer.render(w, schema, plan.model, "rp", counts.get(i), aliases);
            w.append(" AS ").ident("__c" + i);
        }
        w.append(", ").ident("rp").append('.').ident("__rn");
        if (paged) {
            boolean fromEnd = args.take() != null && args.take() < 0;
            w.append(", ROW_NUMBER() OVER (PARTITION BY ").ident("rj").append('.').ident(link.parentJoinColumn())
                    .append(" ORDER BY ").ident("rp").append('.').ident("__rn").append(fromEnd ? " DESC" : "")
                    .append(") AS ").ident("__prn");
        }
        w.append(" FROM ").table(link.joinSchema(), link.joinTable()).append(" AS ").ident("rj")
                .append(" INNER JOIN (SELECT ").ident("rq").append(".*, ROW_NUMBER() OVER () AS ").ident("__rn")
                .append(" FROM (").embed(inner).append(") AS ").ident("rq").append(") AS ").ident("rp").append(" ON ")
                .column("rp", link.childKey().get(0)).append(" = ").ident("rj").append('.')
                .ident(link.childJoinColumn()).append(" WHERE ");
        keyList(w, "rj", link, parentKeys, parents);
        if (paged) {
            long skip = args.skip() == null ? 0 : args.skip();
            w.append(") AS ").ident("rw").append(" WHERE ").ident("rw").append('.').ident("__prn").append(" > ")
                    .append(skip);
            if (args.take() != null) {
                w.append(" AND ").ident("rw").append('.').ident("__prn").append(" <= ")
                        .append(skip + Math.abs(args.take()));
            }
            w.append(" ORDER BY ").ident("rw").append('.').ident("__rn");
        } else {
            w.append(" ORDER BY ").ident("rp").append('.').ident("__rn");
        }
        return w.build();
    }

    /**
     * Skip and take over the rows of {@code inner} in the order they arrive (a negative take counts
     * from the end), for one parent's children.
     */
    Sql pageInArrivalOrder(Sql inner, LevelPlan plan, Long skip, Long take) {
        SqlWriter w = writer();
        w.append("SELECT ");
        columns(w, plan, "rw");
        w.append(" FROM (SELECT ").ident("rq").append(".*, ROW_NUMBER() OVER () AS ").ident("__rn")
                .append(", COUNT(*) OVER () AS ").ident("__n").append(" FROM (").embed(inner).append(") AS ")
                .ident("rq").append(") AS ").ident("rw").append(" WHERE ");
        long s = skip == null ? 0 : skip;
        if (take != null && take < 0) {
            w.ident("rw").append('.').ident("__rn").append(" > ").ident("rw").append('.').ident("__n").append(" - ")
                    .param(s - take, null).append(" AND ").ident("rw").append('.').ident("__rn").append(" <= ")
                    .ident("rw").append('.').ident("__n").append(" - ").param(s, null);
        } else {
            w.ident("rw").append('.').ident("__rn").append(" > ").param(s, null);
            if (take != null) {
                w.append(" AND ").ident("rw").append('.').ident("__rn").append(" <= ").param(s + take, null);
            }
        }
        w.append(" ORDER BY ").ident("rw").append('.').ident("__rn");
        return w.build();
    }

    static void keyList(SqlWriter w, String alias, RelationLink link, List<List<Object>> keys, Sql parents) {
        w.ident(alias).append('.').ident(link.parentJoinColumn()).append(" IN (");
        if (parents != null) {
            w.embed(parents).append(')');
            return;
        }
        ScalarField keyField = link.parentKey().get(0);
        for (int i = 0; i < keys.size(); i++) {
            w.append(i > 0 ? ", " : "").param(keys.get(i).get(0), keyField);
        }
        w.append(')');
    }

    static void columns(SqlWriter w, LevelPlan plan, String alias) {
        for (int i = 0; i < plan.columns.size(); i++) {
            w.append(i > 0 ? ", " : "").column(alias, plan.columns.get(i));
        }
    }
}
