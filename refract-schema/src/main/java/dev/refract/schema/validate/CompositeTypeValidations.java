package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.db.CompositeTypeFieldWalker;
import dev.refract.schema.db.CompositeTypeId;
import dev.refract.schema.db.CompositeTypeWalker;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks on composite types (MongoDB's embedded documents). */
final class CompositeTypeValidations {
    private CompositeTypeValidations() {
    }

    /** A path of composite types, printed from the innermost back to the root. */
    private record Path(Path previous, CompositeTypeWalker current) {
        @Override
        public String toString() {
            List<String> names = new ArrayList<>();
            for (Path p = this; p != null; p = p.previous) {
                names.add("`" + p.current.name() + "`");
            }
            return String.join(" → ", names);
        }
    }

    private record Pending(CompositeTypeFieldWalker field, Path path) {
    }

    private record Found(CompositeTypeId type, String message, Span span) {
    }

    /**
     * Required composite fields that lead back to where they started make an endless document.
     * Prisma walks the required fields depth first from a stack and reports the cycles sorted by
     * the type they close on.
     */
    static void detectCompositeCycles(ValidationContext ctx) {
        // A stack: the last pushed field is taken first.
        List<Pending> work = new ArrayList<>();
        for (CompositeTypeWalker type : ctx.db().walkCompositeTypes()) {
            for (CompositeTypeFieldWalker field : type.fields()) {
                if (field.arity().isRequired()) {
                    work.add(new Pending(field, null));
                }
            }
        }
        List<CompositeTypeId> visited = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        while (!work.isEmpty()) {
            Pending next = work.remove(work.size() - 1);
            CompositeTypeFieldWalker field = next.field();
            Path path = next.path();
            if (path == null) {
                visited.clear();
                path = new Path(null, field.compositeType());
            }
            CompositeTypeId target = field.type().asCompositeType();
            if (target == null) {
                continue;
            }
            if (target.equals(field.compositeTypeId())) {
                found.add(new Found(target, Messages.compositeTypeField(field.compositeType().name(), field.name(),
                        "The type is the same as the parent and causes an endless cycle. Please change the field to "
                                + "be either optional or a list."), field.span()));
            } else if (!visited.isEmpty() && visited.get(0).equals(target)) {
                found.add(new Found(target, Messages.compositeTypeField(field.compositeType().name(), field.name(),
                        "The types cause an endless cycle in the path " + path + ". Please change one of the fields "
                                + "to be either optional or a list to break the cycle."), field.span()));
            } else {
                visited.add(target);
                CompositeTypeWalker targetType = ctx.db().walk(target);
                for (CompositeTypeFieldWalker f : targetType.fields()) {
                    if (f.arity().isRequired()) {
                        work.add(new Pending(f, new Path(path, f.compositeType())));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Found::type));
        for (Found f : found) {
            ctx.error(f.message(), f.span());
        }
    }

    static void compositeTypesSupport(CompositeTypeWalker type, ValidationContext ctx) {
        if (!ctx.has(Capability.COMPOSITE_TYPES)) {
            ctx.error(Messages.validation("Composite types are not supported on " + ctx.connector().name() + "."),
                    type.span());
        }
    }

    static void moreThanOneField(CompositeTypeWalker type, ValidationContext ctx) {
        if (type.fields().isEmpty()) {
            ctx.error(Messages.validation("A type must have at least one field defined."), type.span());
        }
    }

    /** Composite defaults take no {@code map:}; their values must parse. */
    static void validateDefaultValue(CompositeTypeFieldWalker field, ValidationContext ctx) {
        var value = field.defaultValue();
        if (value != null && value.mappedName() != null) {
            Attribute attribute = FieldValidations.defaultAttribute(field.astField());
            ctx.error(Messages.attribute("@default", "A `map` argument for the default value of a field on a composite "
                    + "type is not allowed. Consider removing it."), attribute.span());
        }
        DefaultValueValidations.validateValue(value == null ? null : value.value(), field.type().asBuiltinScalar(), ctx);
    }
}
