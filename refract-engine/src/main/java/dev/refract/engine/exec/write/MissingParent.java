package dev.refract.engine.exec.write;

import dev.refract.engine.exec.find.RelationLink;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.Query;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import dev.refract.model.Relation;
import dev.refract.model.RelationKind;
import dev.refract.model.SchemaModel;

/**
 * The P2025 of an update with nested writes whose record does not exist. Prisma's plan lets the
 * first nested write that needs the record's key find it missing, so the error names that write
 * (checked against Prisma 7.10): a nested create on a one-to-many relation says {@code No 'User'
 * record (needed to inline the relation on 'User' record(s)) was found for a nested create ...}, a
 * nested update of a related record that this record is missing its own; a write that needs
 * nothing from the record (deleteMany, set, disconnect, a connect the record's foreign key takes)
 * leaves it to the update: {@code No record was found for an update.}
 */
final class MissingParent {
    private MissingParent() {
    }

    static RuntimeException of(SchemaModel schema, Model model, WriteData data, Query request) {
        for (NestedWrite nw : data.nested()) {
            RelationLink link = RelationLink.of(schema, model, nw.field());
            if (ParentSide.holdsKey(link) && ParentSide.givesKey(nw)) {
                continue; // folded into the record's own UPDATE
            }
            return first(link, schema.relation(link.field()), nw, model, request);
        }
        return WriteErrors.missingRecord(model, "an update");
    }

    private static RuntimeException first(RelationLink link, Relation relation, NestedWrite nw, Model model,
                                          Query request) {
        Model child = link.child();
        if (nw instanceof NestedWrite.Update) {
            return WriteErrors.missingRelated(request, child, relation, null, "a nested update");
        }
        if (ParentSide.holdsKey(link)) {
            return WriteErrors.missingRecord(model, "an update");
        }
        if (nw instanceof NestedWrite.Create) {
            if (link.isManyToMany()) {
                return WriteErrors.missingRecord(model, "an update");
            }
            return WriteErrors.missingRelated(request, model, relation, link.toMany()
                    ? "inline the relation on '" + model.name() + "' record(s)"
                    : "create inlined relation for '" + child.name() + "' record(s)", "a nested create");
        }
        if (nw instanceof NestedWrite.Connect) {
            if (link.isManyToMany()) {
                return WriteErrors.missingRelated(request, model, relation, null, "a connect");
            }
            if (relation.kind() == RelationKind.ONE_TO_MANY) {
                return WriteErrors.missingRelated(request, model, relation,
                        "inline the relation on '" + child.name() + "' record(s)", "a nested connect");
            }
        }
        if (nw instanceof NestedWrite.Delete && link.toMany()) {
            return WriteErrors.notConnected(request, relation, model, child);
        }
        return WriteErrors.missingRecord(model, "an update");
    }
}
