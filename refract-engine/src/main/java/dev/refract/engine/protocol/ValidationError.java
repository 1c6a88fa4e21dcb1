package dev.refract.engine.protocol;

import dev.refract.engine.error.QueryValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One of Prisma's query validation errors, with its exact message and meta ({@code kind} first,
 * then the kind's details), raised while parsing and turned into a {@link QueryValidationException}
 * at the end. Unions collect the failures of every alternative type. Cheap to create: no stack trace,
 * because failed alternatives are normal while matching unions.
 */
final class ValidationError extends RuntimeException {
    private final String kind;
    private final Supplier<Map<String, Object>> details;
    private Map<String, Object> meta;

    /** The details are computed only if the error is reported: most errors are failed union alternatives. */
    private ValidationError(String kind, String message, Supplier<Map<String, Object>> details) {
        super(message, null, false, false);
        this.kind = kind;
        this.details = details;
    }

    String kind() {
        return kind;
    }

    Map<String, Object> meta() {
        if (meta == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.putAll(details.get());
            meta = m;
        }
        return meta;
    }

    QueryValidationException toException() {
        String code = kind.equals("RequiredArgumentMissing") ? "P2012" : "P2009";
        return new QueryValidationException(code, getMessage(), meta());
    }

    private static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static ValidationError emptySelection(List<String> selectionPath, OutputObjectType type) {
        return new ValidationError("EmptySelection", "Expected a minimum of 1 field to be present, got 0",
                () -> details("outputType", Descriptions.output(type), "selectionPath", selectionPath));
    }

    static ValidationError unknownSelectionField(List<String> selectionPath, OutputObjectType type) {
        String message = "Field '" + selectionPath.get(selectionPath.size() - 1) + "' not found in enclosing type '"
                + type.name() + "'";
        return new ValidationError("UnknownSelectionField", message,
                () -> details("outputType", Descriptions.output(type), "selectionPath", selectionPath));
    }

    static ValidationError selectionSetOnScalar(String fieldName, List<String> selectionPath) {
        return new ValidationError("SelectionSetOnScalar", "Cannot select over scalar field '" + fieldName + "'",
                () -> details("fieldName", fieldName, "selectionPath", selectionPath));
    }

    static ValidationError unknownArgument(List<String> selectionPath, List<String> argumentPath,
                                           List<InputField> arguments) {
        return new ValidationError("UnknownArgument", "Argument does not exist in enclosing type", () -> {
            List<Object> args = new ArrayList<>();
            for (InputField f : arguments) {
                args.add(Descriptions.argument(f.name(), Descriptions.typeNames(f.types())));
            }
            return details("argumentPath", argumentPath, "arguments", args, "selectionPath", selectionPath);
        });
    }

    static ValidationError unknownInputField(List<String> selectionPath, List<String> argumentPath,
                                             InputObjectType type) {
        String message = "`" + String.join(".", selectionPath) + "." + String.join(".", argumentPath)
                + "`: Field does not exist in enclosing type.";
        return new ValidationError("UnknownInputField", message, () -> details("inputType", Descriptions.input(type),
                "argumentPath", argumentPath, "selectionPath", selectionPath));
    }

    static ValidationError requiredArgumentMissing(List<String> selectionPath, List<String> argumentPath,
                                                   List<InputType> types) {
        return new ValidationError("RequiredArgumentMissing",
                "`" + String.join(".", argumentPath) + "`: A value is required but not set", () -> {
                    List<Object> descriptions = new ArrayList<>();
                    for (InputType t : types) {
                        descriptions.add(Descriptions.input(t));
                    }
                    return details("inputTypes", descriptions, "argumentPath", argumentPath,
                            "selectionPath", selectionPath);
                });
    }

    static ValidationError invalidArgumentType(List<String> selectionPath, List<String> argumentPath,
                                               InputType expected, String inferred) {
        String name = argumentPath.isEmpty() ? "" : argumentPath.get(argumentPath.size() - 1);
        String message = "Invalid argument type. `" + name + "` should be of any of the following types: `"
                + expected.displayName() + "`";
        return new ValidationError("InvalidArgumentType", message, () -> details("argumentPath", argumentPath,
                "argument", Descriptions.argument(name, List.of(expected.displayName())),
                "selectionPath", selectionPath, "inferredType", inferred));
    }

    static ValidationError invalidArgumentValue(List<String> selectionPath, List<String> argumentPath, String value,
                                                String expected, String underlying) {
        String name = argumentPath.get(argumentPath.size() - 1);
        String message = "Invalid argument agument value. `" + value + "` is not a valid `" + expected + "`"
                + (underlying == null ? "" : ". Underlying error: " + underlying);
        return new ValidationError("InvalidArgumentValue", message, () -> details("argumentPath", argumentPath,
                "argument", Descriptions.argument(name, List.of(expected)), "selectionPath", selectionPath,
                "underlyingError", underlying));
    }

    static ValidationError valueTooLarge(List<String> selectionPath, List<String> argumentPath, String value) {
        String name = argumentPath.get(argumentPath.size() - 1);
        String message = "Unable to fit float value (or large JS integer serialized in exponent notation) '" + value
                + "' into a 64 Bit signed integer for field '" + name
                + "'. If you're trying to store large integers, consider using `BigInt`";
        return new ValidationError("ValueTooLarge", message, () -> details("argumentPath", argumentPath,
                "argument", Descriptions.argument(name, List.of("BigInt")), "selectionPath", selectionPath));
    }

    static ValidationError fieldCount(boolean tooMany, List<String> selectionPath, List<String> argumentPath,
                                      InputObjectType type, int got) {
        Integer min = type.minFields();
        Integer max = type.maxFields();
        List<String> on = type.constrainedFields();
        Map<String, Object> constraints = details("minFieldCount", min, "maxFieldCount", max, "requiredFields", on);
        String message = (tooMany ? "Too many fields given: " : "Some fields are missing: ")
                + Descriptions.constraints(min, max, on, got);
        return new ValidationError(tooMany ? "TooManyFieldsGiven" : "SomeFieldsMissing", message,
                () -> details("inputType", Descriptions.input(type), "argumentPath", argumentPath,
                        "selectionPath", selectionPath, "constraints", constraints));
    }

    static ValidationError union(List<ValidationError> errors) {
        List<String> messages = new ArrayList<>();
        for (ValidationError e : errors) {
            messages.add(e.getMessage());
        }
        return new ValidationError("Union", "Unable to match input value to any allowed input type for the field. "
                + "Parse errors: [" + String.join(", ", messages) + "]", () -> {
                    List<Object> metas = new ArrayList<>();
                    for (ValidationError e : errors) {
                        metas.add(e.meta());
                    }
                    return details("errors", metas);
                });
    }

    /** A failure Prisma reports outside the validation kinds (groupBy's by-field checks and the like), still P2009. */
    static QueryValidationException other(String message, List<String> selectionPath) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("selectionPath", selectionPath);
        return new QueryValidationException("P2009", message, meta);
    }
}
