package dev.refract.schema.db;

import java.util.List;

/**
 * A one-to-one or one-to-many relation, stored as a foreign key on the referencing model (model A)
 * pointing to the referenced model (model B).
 */
public record InlineRelationWalker(ParserDatabase db, int id) {

    private RelationWalker relation() {
        return new RelationWalker(db, id);
    }

    public RelationWalker asRelation() {
        return relation();
    }

    /** The model holding the foreign key. */
    public ModelWalker referencingModel() {
        return relation().modelA();
    }

    /** The model the foreign key points to. */
    public ModelWalker referencedModel() {
        return relation().modelB();
    }

    /** The field with {@code @relation(fields:, references:)}, or null when only the back side is written. */
    public RelationFieldWalker forwardRelationField() {
        return relation().fieldA();
    }

    /** The field on the referenced model, or null when not written. */
    public RelationFieldWalker backRelationField() {
        return relation().fieldB();
    }

    public boolean isOneToOne() {
        return relation().isOneToOne();
    }

    public String relationName() {
        return relation().relationName();
    }

    /** The foreign key's fields ({@code fields:}), or an empty list when not written. */
    public List<ScalarFieldWalker> referencingFields() {
        RelationFieldWalker f = forwardRelationField();
        List<ScalarFieldWalker> out = f == null ? null : f.referencingFields();
        return out == null ? List.of() : out;
    }

    /**
     * The referenced fields ({@code references:}); when not written, the model-level fields of the
     * referenced model's first unique criteria whose fields are all required, as Prisma infers them.
     */
    public List<ScalarFieldWalker> referencedFields() {
        RelationFieldWalker f = forwardRelationField();
        List<ScalarFieldWalker> out = f == null ? null : f.referencedFields();
        if (out != null) {
            return out;
        }
        for (UniqueCriteriaWalker c : referencedModel().uniqueCriterias()) {
            if (c.isStrictCriteria()) {
                return c.fields().stream().filter(x -> x.path().isTopLevel()).map(IndexFieldWalker::rootField)
                        .toList();
            }
        }
        return List.of();
    }

    /** The {@code map:} of {@code @relation} (foreign key constraint name), or null. */
    public String mappedName() {
        RelationFieldWalker f = forwardRelationField();
        return f == null ? null : f.mappedName();
    }
}
