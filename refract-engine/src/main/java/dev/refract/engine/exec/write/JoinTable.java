package dev.refract.engine.exec.write;

import dev.refract.engine.exec.find.RelationLink;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Query;
import dev.refract.engine.sql.Sql;
import dev.refract.engine.sql.write.JoinTableRenderer;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Links and unlinks records of an implicit many-to-many relation through its join table. */
final class JoinTable {
    private final WriteContext x;
    private final JoinTableRenderer renderer;

    JoinTable(WriteContext x) {
        this.x = x;
        this.renderer = new JoinTableRenderer(x.renderer().dialect(), x.defaultSchema());
    }

    /** Links the parent to each child, in batched statements; links that exist stay as they are. */
    void link(Connection c, RelationLink link, Object parentId, List<Object> childIds, Query request) {
        if (childIds.isEmpty()) {
            return;
        }
        List<Object[]> pairs = new ArrayList<>(childIds.size());
        for (Object id : childIds) {
            pairs.add(new Object[] {parentId, id});
        }
        for (Sql s : renderer.link(link.joinSchema(), link.joinTable(), link.parentJoinColumn(),
                link.parentKey().get(0), link.childJoinColumn(), link.childKey().get(0), pairs)) {
            x.runner().update(c, s, request);
        }
    }

    /** Unlinks the parent from the children {@code which} matches ({@link Filter#TRUE}: from all). */
    void unlink(Connection c, RelationLink link, Object parentId, Filter which, Query request) {
        Filter children = which instanceof Filter.Const k && k.value() ? null : which;
        x.runner().update(c, renderer.unlink(link.joinSchema(), link.joinTable(), link.parentJoinColumn(),
                link.parentKey().get(0), parentId, link.childJoinColumn(), link.child(), link.childKey().get(0),
                children), request);
    }
}
