package dev.refract.engine.sql.read;

import dev.refract.engine.sql.SqlWriter;
import dev.refract.model.Model;
import dev.refract.model.PrimaryKey;
import dev.refract.model.Relation;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * How the rows of a model reach the rows of a related model: the column pairs of a 1:1 or 1:n
 * relation (whichever side holds the foreign key), or the implicit join table {@code _AToB} of a
 * many-to-many relation. Shared by relation filters, relation counts and orderBy joins so that all
 * three correlate the same way.
 */
final class RelationLinks {
    private RelationLinks() {
    }

    /** One equality of a link: {@code related.column = owner.column}. */
    record Pair(ScalarField related, ScalarField owner) {
    }

    static SchemaModel schema(SqlWriter w) {
        SchemaModel schema = w.dialect().schema();
        if (schema == null) {
            throw new IllegalStateException("relation filters and orders need a dialect built from a SchemaModel");
        }
        return schema;
    }

    static Model related(SchemaModel schema, RelationField field) {
        return schema.requireModel(field.relatedModel());
    }

    static boolean isManyToMany(SchemaModel schema, RelationField field) {
        return schema.relation(field).isManyToMany();
    }

    /** The column pairs of a 1:1 or 1:n relation, seen from {@code owner}'s side. */
    static List<Pair> pairs(SchemaModel schema, Model owner, RelationField field) {
        Model related = related(schema, field);
        List<Pair> out = new ArrayList<>();
        if (field.isReferencing()) {
            for (int i = 0; i < field.fields().size(); i++) {
                out.add(new Pair(scalar(related, field.references().get(i)), scalar(owner, field.fields().get(i))));
            }
            return out;
        }
        Relation relation = schema.relation(field);
        RelationField other = relation.otherSide(field);
        if (other == null || !other.isReferencing()) {
            throw new IllegalStateException("relation " + relation.name() + " has no side holding the foreign key");
        }
        for (int i = 0; i < other.fields().size(); i++) {
            out.add(new Pair(scalar(related, other.fields().get(i)), scalar(owner, other.references().get(i))));
        }
        return out;
    }

    /** Appends {@code related.a = owner.a AND ...}. */
    static void correlate(SqlWriter w, List<Pair> pairs, String relatedAlias, String ownerAlias) {
        for (int i = 0; i < pairs.size(); i++) {
            w.append(i > 0 ? " AND " : "").column(relatedAlias, pairs.get(i).related()).append(" = ")
                    .column(ownerAlias, pairs.get(i).owner());
        }
    }

    /** The join table column that points at the model holding {@code field}. */
    static String ownerJoinColumn(Relation relation, RelationField field) {
        return field.equals(relation.fieldA()) ? Relation.JOIN_COLUMN_A : Relation.JOIN_COLUMN_B;
    }

    static String otherJoinColumn(Relation relation, RelationField field) {
        return field.equals(relation.fieldA()) ? Relation.JOIN_COLUMN_B : Relation.JOIN_COLUMN_A;
    }

    /** The single-field primary key that an implicit many-to-many join table refers to. */
    static ScalarField singleId(Model model) {
        PrimaryKey pk = model.primaryKey();
        if (pk == null || pk.fields().size() != 1) {
            throw new IllegalStateException("model " + model.name() + " needs a single-field id for a many-to-many relation");
        }
        return scalar(model, pk.fieldNames().get(0));
    }

    /**
     * Appends {@code FROM <related rows> WHERE <correlation to owner>} for a subquery over the
     * records related to each {@code ownerAlias} row; the caller appends {@code AND ...} after it.
     *
     * @param depth used to name the subquery's aliases ({@code s<depth>}, {@code j<depth>})
     * @return the alias of the related model's table in the subquery
     */
    static String fromRelated(SqlWriter w, SchemaModel schema, Model owner, String ownerAlias, RelationField field,
                              int depth) {
        Model related = related(schema, field);
        String alias = "s" + depth;
        Relation relation = schema.relation(field);
        if (relation.isManyToMany()) {
            String join = "j" + depth;
            w.append(" FROM ").table(owner.schema(), relation.joinTableName()).append(" AS ").ident(join)
                    .append(" INNER JOIN ").table(related).append(" AS ").ident(alias).append(" ON ")
                    .column(alias, singleId(related)).append(" = ").ident(join).append('.')
                    .ident(otherJoinColumn(relation, field)).append(" WHERE ").ident(join).append('.')
                    .ident(ownerJoinColumn(relation, field)).append(" = ").column(ownerAlias, singleId(owner));
        } else {
            w.append(" FROM ").table(related).append(" AS ").ident(alias).append(" WHERE ");
            correlate(w, pairs(schema, owner, field), alias, ownerAlias);
        }
        return alias;
    }

    /** Appends a correlated {@code (SELECT COUNT(*) ...)} of the records related to each owner row. */
    static void count(SqlWriter w, SchemaModel schema, Model owner, String ownerAlias, RelationField field, int depth) {
        Relation relation = schema.relation(field);
        if (relation.isManyToMany()) {
            String join = "j" + depth;
            w.append("(SELECT COUNT(*) FROM ").table(owner.schema(), relation.joinTableName()).append(" AS ")
                    .ident(join).append(" WHERE ").ident(join).append('.').ident(ownerJoinColumn(relation, field))
                    .append(" = ").column(ownerAlias, singleId(owner)).append(')');
        } else {
            w.append("(SELECT COUNT(*)");
            fromRelated(w, schema, owner, ownerAlias, field, depth);
            w.append(')');
        }
    }

    static ScalarField scalar(Model model, String name) {
        return model.scalarField(name).orElseThrow(
                () -> new IllegalStateException("model " + model.name() + " has no scalar field " + name));
    }
}
