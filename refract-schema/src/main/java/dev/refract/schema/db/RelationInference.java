package dev.refract.schema.db;

import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.ast.Model;
import java.util.List;
import java.util.Objects;

/**
 * Fourth pass: pairs relation fields into relations and decides each relation's kind. Each
 * relation is created once, from the side that becomes model A: the forward side (with
 * {@code fields:}) of 1:1 and 1:n relations, the name-wise first side of m:n relations and of 1:1
 * relations where nothing else decides. Two fields pair up when they point at each other's models
 * and have the same relation name (or both none).
 */
final class RelationInference {
    private final ParserDatabase db;
    private final Types types;
    // model -> referenced model -> relation field ids on that model pointing there, in field order.
    private final java.util.Map<ModelId, java.util.Map<ModelId, List<Integer>>> byModelPair =
            new java.util.HashMap<>();

    private RelationInference(ParserDatabase db) {
        this.db = db;
        this.types = db.types;
        for (int rf = 0; rf < types.relationFields.size(); rf++) {
            Types.RelationFieldData d = types.relationFields.get(rf);
            byModelPair.computeIfAbsent(d.model, k -> new java.util.HashMap<>())
                    .computeIfAbsent(d.referencedModel, k -> new java.util.ArrayList<>()).add(rf);
        }
    }

    static void infer(ParserDatabase db) {
        RelationInference inf = new RelationInference(db);
        for (int rf = 0; rf < db.types.relationFields.size(); rf++) {
            inf.ingest(rf);
        }
    }

    private int opposite(int rfid) {
        Types.RelationFieldData rf = types.relationFields.get(rfid);
        boolean self = rf.model.equals(rf.referencedModel);
        for (int other : byModelPair.getOrDefault(rf.referencedModel, java.util.Map.of())
                .getOrDefault(rf.model, List.of())) {
            Types.RelationFieldData o = types.relationFields.get(other);
            if (self && other == rfid) {
                continue;
            }
            if (Objects.equals(o.name, rf.name)) {
                return other;
            }
        }
        return -1;
    }

    // [model name, field name] of this side sorts after the other side's.
    private static boolean sortsAfter(Model m, Field f, Model om, Field of) {
        int c = m.name().name().compareTo(om.name().name());
        return c != 0 ? c > 0 : f.name().name().compareTo(of.name().name()) > 0;
    }

    private void ingest(int rfid) {
        Types.RelationFieldData rf = types.relationFields.get(rfid);
        Model model = db.astModel(rf.model);
        Field field = model.fields().get(rf.fieldIndex);
        Model oppModel = db.astModel(rf.referencedModel);
        boolean self = rf.model.equals(rf.referencedModel);
        int oppId = opposite(rfid);
        Types.RelationFieldData opp = oppId < 0 ? null : types.relationFields.get(oppId);
        Field oppField = opp == null ? null : oppModel.fields().get(opp.fieldIndex);
        FieldArity arity = field.arity();

        Relations.Kind kind;
        int fieldA = rf.fieldIndex;
        int fieldB = opp == null ? -1 : opp.fieldIndex;
        boolean backOnly = false;

        if (opp != null && arity.isList() && oppField.arity().isList()) {
            if (model.name().name().compareTo(oppModel.name().name()) > 0) {
                return;
            }
            if (self && field.name().name().compareTo(oppField.name().name()) > 0) {
                return;
            }
            kind = rf.fields != null || opp.fields != null
                    ? Relations.Kind.TWO_WAY_EMBEDDED_MANY_TO_MANY : Relations.Kind.IMPLICIT_MANY_TO_MANY;
        } else if (opp != null && arity.isRequired() && oppField.arity().isOptional()) {
            kind = Relations.Kind.ONE_TO_ONE;
        } else if (opp != null && arity.isRequired() && oppField.arity().isRequired()) {
            // Required on both sides: rejected later, so which side is A does not matter.
            if (sortsAfter(model, field, oppModel, oppField)) {
                return;
            }
            kind = Relations.Kind.ONE_TO_ONE;
        } else if (opp != null && arity.isOptional() && oppField.arity().isRequired()) {
            return;
        } else if (opp != null && arity.isOptional() && oppField.arity().isOptional()) {
            if (rf.fields == null) {
                if (opp.fields != null) {
                    return;
                }
                if (sortsAfter(model, field, oppModel, oppField)) {
                    return;
                }
            }
            kind = Relations.Kind.ONE_TO_ONE;
        } else if (opp != null && arity.isList()) {
            return;
        } else if (arity.isList()) {
            kind = Relations.Kind.ONE_TO_MANY;
            backOnly = true;
        } else if (opp != null) {
            kind = Relations.Kind.ONE_TO_MANY;
        } else {
            kind = rf.fields != null && fieldsAreUnique(rf.model, rf.fields)
                    ? Relations.Kind.ONE_TO_ONE : Relations.Kind.ONE_TO_MANY;
        }

        Relations.Relation relation = backOnly
                ? new Relations.Relation(rf.name, kind, rf.referencedModel, rf.model, -1, rf.fieldIndex)
                : new Relations.Relation(rf.name, kind, rf.model, rf.referencedModel, fieldA, fieldB);
        db.relations.add(relation);
    }

    // Whether some unique index of the model covers exactly these fields, in this order.
    private boolean fieldsAreUnique(ModelId model, List<Integer> fields) {
        for (Types.IndexData idx : types.modelAttributes(model).indexes) {
            if (idx.type != IndexType.Unique || idx.fields.size() != fields.size()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < fields.size(); i++) {
                IndexFieldPath p = idx.fields.get(i).path();
                if (!p.isTopLevel() || p.root() != fields.get(i)) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
