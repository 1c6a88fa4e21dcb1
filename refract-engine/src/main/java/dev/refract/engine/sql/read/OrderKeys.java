package dev.refract.engine.sql.read;

import dev.refract.engine.ir.OrderBy;
import dev.refract.engine.sql.Capability;
import dev.refract.engine.sql.SqlWriter;
import dev.refract.engine.sql.UnsupportedFeatureException;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.model.SortOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A level's orderBy as SQL sort keys, plus the LEFT JOINs that orderings through to-one relations
 * need ({@code t1, t2...}, one per distinct relation path, shared by keys on the same path).
 */
final class OrderKeys {
    /**
     * One sort key.
     *
     * @param expr the expression over the level's FROM clause
     * @param direction asc or desc
     * @param nulls explicit null placement, or null for the database's default
     * @param nullable whether the expression can be NULL (decides the cursor's form)
     * @param ownField the model's own column when the key is one, else null (cursor needs it)
     */
    record Key(ReadSyntax.Expr expr, SortOrder direction, OrderBy.Nulls nulls, boolean nullable, ScalarField ownField) {
        Key reversed() {
            OrderBy.Nulls n = nulls == null ? null : nulls == OrderBy.Nulls.FIRST ? OrderBy.Nulls.LAST : OrderBy.Nulls.FIRST;
            return new Key(expr, direction == SortOrder.ASC ? SortOrder.DESC : SortOrder.ASC, n, nullable, ownField);
        }
    }

    private final SchemaModel schema;
    private final Model model;
    private final String alias;
    private final String provider;
    private final String joinPrefix;
    /** Join alias by relation path ("posts.author" style key), in creation order. */
    private final Map<String, String> joinAliases = new LinkedHashMap<>();
    private final List<ReadSyntax.Expr> joins = new ArrayList<>();
    final List<Key> keys = new ArrayList<>();

    /**
     * @param alias the alias of the model's table
     * @param joinPrefix names the joins: {@code t} gives {@code t1, t2...} (the level), {@code c} gives
     *     {@code c1...} (the cursor row's subqueries)
     */
    OrderKeys(SchemaModel schema, Model model, String alias, String provider, String joinPrefix) {
        this.schema = schema;
        this.model = model;
        this.alias = alias;
        this.provider = provider;
        this.joinPrefix = joinPrefix;
    }

    /** Adds the keys of {@code orderBy}, checking what the dialect can sort by. */
    void add(List<OrderBy> orderBy, ReadSyntax syntax, SqlWriter probe) {
        for (OrderBy o : orderBy) {
            OrderBy.Nulls nulls = null;
            if (o instanceof OrderBy.ByScalar s) {
                nulls = s.nulls();
                String owner = s.path().isEmpty() ? alias : join(s.path());
                boolean nullable = !s.field().arity().isRequired() || !s.path().isEmpty();
                ScalarField field = s.field();
                keys.add(new Key(w -> w.column(owner, field), s.direction(), nulls, nullable,
                        s.path().isEmpty() ? field : null));
            } else if (o instanceof OrderBy.ByRelationCount c) {
                String owner = c.path().isEmpty() ? alias : join(c.path());
                Model ownerModel = c.path().isEmpty() ? model
                        : RelationLinks.related(schema, c.path().get(c.path().size() - 1));
                RelationField rel = c.relation();
                // Counting through a LEFT JOIN with no related row gives COUNT over nothing: 0, as Prisma.
                keys.add(new Key(w -> RelationLinks.count(w, schema, ownerModel, owner, rel, 1), c.direction(), null,
                        false, null));
            } else if (o instanceof OrderBy.ByRelevance r) {
                probe.dialect().require(Capability.FULL_TEXT_SEARCH, "orderBy _relevance");
                keys.add(new Key(w -> syntax.relevance(w, alias, r.fields(), r.search()), r.direction(), null, false,
                        null));
            } else if (o instanceof OrderBy.ByAggregate) {
                throw new IllegalArgumentException("orderBy an aggregate belongs to groupBy, not to a find");
            }
            if (nulls != null && !probe.dialect().has(Capability.NULLS_ORDERING)) {
                throw new UnsupportedFeatureException(provider, "nulls: first|last in orderBy");
            }
        }
    }

    /** Appends the primary key (or the first unique criterion) unless the keys already pin one row. */
    void addTiebreak() {
        List<String> own = new ArrayList<>();
        for (Key k : keys) {
            if (k.ownField() != null) {
                own.add(k.ownField().name());
            }
        }
        List<List<String>> criteria = model.uniqueCriteria();
        for (List<String> criterion : criteria) {
            if (own.containsAll(criterion)) {
                return;
            }
        }
        if (criteria.isEmpty()) {
            return;
        }
        for (String name : criteria.get(0)) {
            if (!own.contains(name)) {
                ScalarField f = RelationLinks.scalar(model, name);
                keys.add(new Key(w -> w.column(alias, f), SortOrder.ASC, null, !f.arity().isRequired(), f));
            }
        }
    }

    /** The alias of the LEFT JOIN chain along {@code path}, adding the joins not there yet. */
    private String join(List<RelationField> path) {
        Model owner = model;
        String ownerAlias = alias;
        StringBuilder key = new StringBuilder();
        for (RelationField hop : path) {
            if (hop.arity().isList() || RelationLinks.isManyToMany(schema, hop)) {
                throw new IllegalArgumentException("orderBy through " + hop.name() + ": only to-one relations");
            }
            key.append(key.length() == 0 ? "" : ".").append(hop.name());
            String existing = joinAliases.get(key.toString());
            Model related = RelationLinks.related(schema, hop);
            if (existing == null) {
                String newAlias = joinPrefix + (joinAliases.size() + 1);
                joinAliases.put(key.toString(), newAlias);
                Model from = owner;
                String fromAlias = ownerAlias;
                joins.add(w -> {
                    w.append(" LEFT JOIN ").table(related).append(" AS ").ident(newAlias).append(" ON ");
                    RelationLinks.correlate(w, RelationLinks.pairs(schema, from, hop), newAlias, fromAlias);
                });
                existing = newAlias;
            }
            owner = related;
            ownerAlias = existing;
        }
        return ownerAlias;
    }

    /** Appends the LEFT JOINs (each starting with a space). */
    void writeJoins(SqlWriter w) {
        for (ReadSyntax.Expr j : joins) {
            j.write(w);
        }
    }

    /** Appends {@code expr ASC|DESC [NULLS FIRST|LAST]} for each key, by {@code expr(i)}. */
    static void writeOrder(SqlWriter w, List<Key> keys, java.util.function.IntFunction<ReadSyntax.Expr> expr) {
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            w.append(i > 0 ? ", " : "");
            expr.apply(i).write(w);
            w.append(k.direction() == SortOrder.ASC ? " ASC" : " DESC");
            if (k.nulls() != null) {
                w.append(k.nulls() == OrderBy.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }
}
