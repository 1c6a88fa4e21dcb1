package dev.refract.schema.db;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Model;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the field lists of attributes ({@code [a, b(sort: Desc), c.d]}) to fields of a model.
 * The outcome is the fields, or the names that are unknown and relation fields (for the caller's
 * message), or "dealt with" when a problem was already reported.
 */
final class FieldResolution {
    /** A name that matched no field; {@code inType} names the composite type searched, if any. */
    record Unknown(String name, String inType) {
        String display() {
            return inType == null ? name : name + " in type " + inType;
        }
    }

    boolean dealtWith;
    List<Types.FieldWithArgs> fields = List.of();
    List<Integer> scalarFieldIds = List.of();
    final List<String> unknownFields = new ArrayList<>();
    final List<Unknown> unknowns = new ArrayList<>();
    /** Field indexes (in the model) of relation fields named in the list. */
    final List<Integer> relationFields = new ArrayList<>();

    boolean isOk() {
        return !dealtWith && unknowns.isEmpty() && relationFields.isEmpty();
    }

    private void unknown(String name, String inType) {
        Unknown u = new Unknown(name, inType);
        unknowns.add(u);
        unknownFields.add(u.display());
    }

    private static FieldResolution dealtWith() {
        FieldResolution r = new FieldResolution();
        r.dealtWith = true;
        return r;
    }

    /** A list of bare field names ({@code fields:} and {@code references:} of {@code @relation}, {@code @@shardKey}). */
    static FieldResolution withoutArgs(AttributeResolver r, Expression values, Span attrSpan, ModelId model) {
        List<String> names = Coerce.array(values, Coerce::constant, r.diagnostics);
        if (names == null) {
            return dealtWith();
        }
        FieldResolution out = new FieldResolution();
        List<Integer> ids = new ArrayList<>();
        Model ast = r.astModel(model);
        for (String name : names) {
            if (name.indexOf('.') >= 0) {
                out.unknown(name, null);
                continue;
            }
            int fieldIndex = r.names.modelField(model, name);
            if (fieldIndex < 0) {
                out.unknown(name, null);
                continue;
            }
            int sfid = r.types.findScalarField(model, fieldIndex);
            if (sfid < 0) {
                out.relationFields.add(fieldIndex);
                continue;
            }
            if (ids.contains(sfid)) {
                r.diagnostics.error("Error validating model \"" + ast.name().name() + "\": The unique index definition "
                        + "refers to the field " + ast.fields().get(fieldIndex).name().name() + " multiple times.",
                        attrSpan);
                return dealtWith();
            }
            ids.add(sfid);
        }
        out.scalarFieldIds = ids;
        return out;
    }

    /** Index field names, possibly with arguments and, when {@code followComposites}, dotted paths. */
    static FieldResolution withArgs(AttributeResolver r, Expression values, Span attrSpan, ModelId model,
                                    boolean followComposites) {
        List<IndexFieldArgs> entries = Coerce.array(values, IndexFieldArgs::parse, r.diagnostics);
        if (entries == null) {
            return dealtWith();
        }
        FieldResolution out = new FieldResolution();
        List<IndexFieldPath> paths = new ArrayList<>();
        Model ast = r.astModel(model);
        for (IndexFieldArgs entry : entries) {
            IndexFieldPath path;
            if (entry.fieldName().indexOf('.') >= 0) {
                if (!followComposites) {
                    out.unknown(entry.fieldName(), null);
                    continue;
                }
                path = compositePath(r, model, entry.fieldName(), out);
                if (path == null) {
                    continue;
                }
            } else {
                int fieldIndex = r.names.modelField(model, entry.fieldName());
                if (fieldIndex < 0) {
                    out.unknown(entry.fieldName(), null);
                    continue;
                }
                int sfid = r.types.findScalarField(model, fieldIndex);
                if (sfid < 0) {
                    out.relationFields.add(fieldIndex);
                    continue;
                }
                path = IndexFieldPath.of(sfid);
            }
            if (paths.contains(path)) {
                String display;
                IndexFieldPath.Segment last = path.last();
                if (last == null) {
                    display = entry.fieldName();
                } else {
                    CompositeType ct = r.db.astCompositeType(last.compositeType());
                    display = ct.fields().get(last.fieldIndex()).name().name() + " in type " + ct.name().name();
                }
                r.diagnostics.error("Error validating model \"" + ast.name().name() + "\": The unique index definition "
                        + "refers to the field " + display + " multiple times.", attrSpan);
                return dealtWith();
            }
            paths.add(path);
        }
        if (!out.unknowns.isEmpty() || !out.relationFields.isEmpty()) {
            return out;
        }
        List<Types.FieldWithArgs> fields = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            IndexFieldArgs e = entries.get(i);
            fields.add(new Types.FieldWithArgs(paths.get(i), e.sortOrder(), e.length(), e.operatorClass()));
        }
        out.fields = fields;
        return out;
    }

    // `a.b.c`: a model field of composite type, then fields of composite types down the path.
    private static IndexFieldPath compositePath(AttributeResolver r, ModelId model, String dotted,
                                                FieldResolution out) {
        String[] parts = dotted.split("\\.", -1);
        int fieldIndex = r.names.modelField(model, parts[0]);
        if (fieldIndex < 0) {
            out.unknown(parts[0], null);
            return null;
        }
        int sfid = r.types.findScalarField(model, fieldIndex);
        if (sfid < 0) {
            out.relationFields.add(fieldIndex);
            return null;
        }
        CompositeTypeId next = r.types.scalarFields.get(sfid).type.asCompositeType();
        if (next == null) {
            out.unknown(dotted, null);
            return null;
        }
        List<IndexFieldPath.Segment> segments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            int ctField = r.names.compositeTypeField(next, parts[i]);
            if (ctField < 0) {
                out.unknown(parts[i], r.db.astCompositeType(next).name().name());
                return null;
            }
            segments.add(new IndexFieldPath.Segment(next, ctField));
            Types.CompositeTypeFieldData data = r.types.compositeTypeField(next, ctField);
            CompositeTypeId inner = data == null ? null : data.type.asCompositeType();
            if (inner != null) {
                next = inner;
            } else if (i < parts.length - 1) {
                out.unknown(dotted, null);
                return null;
            }
        }
        return new IndexFieldPath(sfid, List.copyOf(segments));
    }

    /** One element of an index field list, before resolution. */
    record IndexFieldArgs(String fieldName, SortOrder sortOrder, Integer length, OperatorClassStore operatorClass) {

        static IndexFieldArgs parse(Expression e, Diagnostics d) {
            if (e instanceof Expression.ConstantValue c) {
                return new IndexFieldArgs(c.value(), null, null, null);
            }
            if (e instanceof Expression.FunctionCall f) {
                List<Argument> args = f.arguments().arguments();
                return new IndexFieldArgs(f.name(), sort(args, d), length(args, d), ops(args, d));
            }
            Coerce.mismatch("constant literal", e, d);
            return null;
        }

        private static Argument named(List<Argument> args, String name) {
            for (Argument a : args) {
                if (a.name() != null && a.name().name().equals(name)) {
                    return a;
                }
            }
            return null;
        }

        private static SortOrder sort(List<Argument> args, Diagnostics d) {
            Argument a = named(args, "sort");
            if (a == null) {
                return null;
            }
            String s = Coerce.constant(a.value(), d);
            if (s == null) {
                return null;
            }
            if (s.equals("Asc")) {
                return SortOrder.Asc;
            } else if (s.equals("Desc")) {
                return SortOrder.Desc;
            }
            d.error("Unexpected token. Expected one of: Asc, Desc", a.span());
            return null;
        }

        private static Integer length(List<Argument> args, Diagnostics d) {
            Argument a = named(args, "length");
            if (a == null) {
                return null;
            }
            Long l = Coerce.integer(a.value(), d);
            return l == null || l < 0 ? null : (int) (long) l;
        }

        private static OperatorClassStore ops(List<Argument> args, Diagnostics d) {
            Argument a = named(args, "ops");
            if (a == null) {
                return null;
            }
            if (a.value() instanceof Expression.ConstantValue c) {
                OperatorClass known = OperatorClass.parse(c.value());
                if (known == null) {
                    d.error("Unexpected token. Expected one of: Invalid operator class: " + c.value(), c.span());
                    return null;
                }
                return OperatorClassStore.of(known);
            }
            if (a.value() instanceof Expression.FunctionCall f && f.name().equals("raw")) {
                List<Argument> rawArgs = f.arguments().arguments();
                if (rawArgs.size() != 1) {
                    d.error("Unexpected token. Expected one of: Wrong number of arguments. Expected: 1, got: "
                            + rawArgs.size(), f.span());
                    return null;
                }
                if (rawArgs.get(0).value() instanceof Expression.StringValue s) {
                    return OperatorClassStore.ofRaw(s.value());
                }
                d.error("Unexpected token. Expected one of: Invalid parameter type: expected string", f.span());
                return null;
            }
            d.error("Unexpected token. Expected one of: operator class", a.span());
            return null;
        }
    }
}
