package dev.refract.engine.sql.read;

import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.ScalarField;

/**
 * Renders one level's SELECT: columns, where, orderBy, pagination (skip, take, negative take,
 * cursor as a seek predicate), distinct, and the parent link with per-parent pagination.
 *
 * <p>First cut: columns, where and the link by key list; the rest is being built.
 */
public final class SelectRenderer {
    private final Dialect dialect;
    private final String defaultSchema;

    public SelectRenderer(Dialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    /** The alias of the level's table in its statement. */
    public static final String ALIAS = "t0";

    public Sql render(LevelSpec spec) {
        SqlWriter w = new SqlWriter(dialect, defaultSchema);
        w.append("SELECT ");
        for (int i = 0; i < spec.columns().size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            w.column(ALIAS, spec.columns().get(i));
        }
        w.append(" FROM ").table(spec.model()).append(" AS ").ident(ALIAS).append(" WHERE ");
        FilterRenderer.render(w, spec.model(), ALIAS, spec.args().where());
        if (spec.link() != null && spec.link().keys() != null) {
            LevelSpec.Link link = spec.link();
            w.append(" AND (");
            for (int c = 0; c < link.childColumns().size(); c++) {
                w.append(c > 0 ? ", " : "").column(ALIAS, link.childColumns().get(c));
            }
            w.append(") IN (");
            for (int k = 0; k < link.keys().size(); k++) {
                w.append(k > 0 ? ", " : "").append('(');
                for (int c = 0; c < link.childColumns().size(); c++) {
                    ScalarField f = link.childColumns().get(c);
                    w.append(c > 0 ? ", " : "").param(link.keys().get(k).get(c), f);
                }
                w.append(')');
            }
            w.append(')');
        }
        return w.build();
    }
}
