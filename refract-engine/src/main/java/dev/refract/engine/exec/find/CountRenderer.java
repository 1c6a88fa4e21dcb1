package dev.refract.engine.exec.find;

import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.read.FilterRenderer;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;

/**
 * {@code _count} entries as correlated subqueries on the parent's row, so that counting costs no
 * statement of its own and never one per parent: {@code (SELECT COUNT(*) FROM child WHERE fk = parent.id)}.
 */
final class CountRenderer {
    private CountRenderer() {
    }

    /** Appends the count of {@code count}'s relation for the row of {@code parent} aliased {@code parentAlias}. */
    static void render(SqlWriter w, SchemaModel schema, Model parent, String parentAlias, Selection.RelationCount count,
                       Aliases aliases) {
        RelationLink link = RelationLink.of(schema, parent, count.field());
        boolean filtered = !(count.where() instanceof Filter.Const c && c.value());
        String childAlias = aliases.next("c");
        w.append("(SELECT COUNT(*) FROM ");
        if (link.isManyToMany()) {
            String joinAlias = aliases.next("j");
            w.table(link.joinSchema(), link.joinTable()).append(" AS ").ident(joinAlias);
            if (filtered) {
                w.append(" INNER JOIN ").table(link.child()).append(" AS ").ident(childAlias).append(" ON ")
                        .column(childAlias, link.childKey().get(0)).append(" = ").ident(joinAlias).append('.')
                        .ident(link.childJoinColumn());
            }
            w.append(" WHERE ").ident(joinAlias).append('.').ident(link.parentJoinColumn()).append(" = ")
                    .column(parentAlias, link.parentKey().get(0));
        } else {
            w.table(link.child()).append(" AS ").ident(childAlias).append(" WHERE ");
            for (int i = 0; i < link.childKey().size(); i++) {
                w.append(i > 0 ? " AND " : "").column(childAlias, link.childKey().get(i)).append(" = ")
                        .column(parentAlias, link.parentKey().get(i));
            }
        }
        if (filtered) {
            w.append(" AND ");
            FilterRenderer.render(w, link.child(), childAlias, count.where());
        }
        w.append(')');
    }

    /** Fresh table aliases within one statement. */
    static final class Aliases {
        private int next;

        String next(String prefix) {
            return "r" + prefix + (next++);
        }
    }
}
