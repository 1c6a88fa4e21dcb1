package dev.refract.schema.db;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.ConfigBlockProperty;
import dev.refract.schema.ast.EnumDecl;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.GeneratorConfig;
import dev.refract.schema.ast.Identifier;
import dev.refract.schema.ast.Model;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.SourceConfig;
import dev.refract.schema.ast.Top;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * First pass: gives every top-level block and field a name, and reports collisions and names
 * Prisma does not accept. Blocks are visited in file order, then source order, and each block's
 * checks run in Prisma's order (name, reserved name, attribute names, then fields).
 */
final class NameResolver {
    private final Diagnostics diagnostics;
    private final Names names = new Names();

    private NameResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static Names resolve(List<SchemaAst> asts, Diagnostics diagnostics) {
        NameResolver r = new NameResolver(diagnostics);
        for (SchemaAst ast : asts) {
            List<Top> tops = ast.tops();
            for (int i = 0; i < tops.size(); i++) {
                r.visit(ast.fileId(), i, tops.get(i), asts);
            }
        }
        return r.names;
    }

    private void visit(int fileId, int index, Top top, List<SchemaAst> asts) {
        if (ScalarType.parse(top.name().name()) != null) {
            diagnostics.error("\"" + top.name().name() + "\" is a reserved scalar type name and cannot be used.",
                    top.name().span());
        }
        Map<String, Names.TopRef> namespace;
        if (top instanceof EnumDecl e) {
            enumDecl(e);
            namespace = names.tops;
        } else if (top instanceof Model m) {
            model(new ModelId(fileId, index), m);
            namespace = names.tops;
        } else if (top instanceof CompositeType ct) {
            compositeType(new CompositeTypeId(fileId, index), ct);
            namespace = names.tops;
        } else if (top instanceof SourceConfig s) {
            duplicateProperties(s, s.properties());
            namespace = names.datasources;
        } else {
            duplicateProperties(top, ((GeneratorConfig) top).properties());
            namespace = names.generators;
        }
        Names.TopRef existing = namespace.put(top.name().name(), new Names.TopRef(fileId, index));
        if (existing != null) {
            Top previous = asts.get(existing.fileId()).tops().get(existing.topIndex());
            diagnostics.error("The " + top.kind() + " \"" + top.name().name() + "\" cannot be defined because a "
                    + previous.kind() + " with that name already exists.", top.name().span());
        }
    }

    private void enumDecl(EnumDecl e) {
        identifier(e.name(), "Enum");
        if (ReservedNames.isReservedTypeName(e.name().name())) {
            diagnostics.error("Error validating enum `" + e.name().name() + "`: The enum name `" + e.name().name()
                    + "` is invalid. It is a reserved name. Please change it. Read more at "
                    + "https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums",
                    e.span());
        }
        attributeIdentifiers(e.attributes());
        Set<String> seen = new HashSet<>();
        for (EnumValue v : e.values()) {
            identifier(v.name(), "Enum Value");
            attributeIdentifiers(v.attributes());
            if (!seen.add(v.name().name())) {
                diagnostics.error("Value \"" + v.name().name() + "\" is already defined on enum \"" + e.name().name()
                        + "\".", v.span());
            }
        }
    }

    private void model(ModelId id, Model m) {
        String kind = m.isView() ? "view" : "model";
        identifier(m.name(), m.isView() ? "view" : "Model");
        if (ReservedNames.isReservedTypeName(m.name().name())) {
            diagnostics.error("Error validating model \"" + m.name().name() + "\": The " + kind + " name `"
                    + m.name().name() + "` is invalid. It is a reserved name. Please change it. "
                    + "Read more at https://pris.ly/d/naming-models", m.span());
        }
        attributeIdentifiers(m.attributes());
        Map<String, Integer> fields = names.modelFields.computeIfAbsent(id, k -> new HashMap<>());
        for (int i = 0; i < m.fields().size(); i++) {
            Field f = m.fields().get(i);
            identifier(f.name(), m.isView() ? "field" : "Field");
            attributeIdentifiers(f.attributes());
            if (fields.put(f.name().name(), i) != null) {
                diagnostics.error("Field \"" + f.name().name() + "\" is already defined on " + kind + " \""
                        + m.name().name() + "\".", f.name().span());
            }
        }
    }

    private void compositeType(CompositeTypeId id, CompositeType ct) {
        identifier(ct.name(), "Composite type");
        Map<String, Integer> fields = names.compositeTypeFields.computeIfAbsent(id, k -> new HashMap<>());
        for (int i = 0; i < ct.fields().size(); i++) {
            Field f = ct.fields().get(i);
            if (fields.put(f.name().name(), i) != null) {
                diagnostics.error("Field \"" + f.name().name() + "\" is already defined on composite type \""
                        + ct.name().name() + "\".", f.name().span());
            }
        }
    }

    private void duplicateProperties(Top top, List<ConfigBlockProperty> properties) {
        Set<String> seen = new HashSet<>();
        for (ConfigBlockProperty p : properties) {
            if (!seen.add(p.name().name())) {
                diagnostics.error("Key \"" + p.name().name() + "\" is already defined in " + top.kind() + " \""
                        + top.name().name() + "\".", p.name().span());
            }
        }
    }

    private void attributeIdentifiers(List<Attribute> attributes) {
        for (Attribute a : attributes) {
            identifier(a.name(), "Attribute");
        }
    }

    private void identifier(Identifier id, String item) {
        String name = id.name();
        if (name.isEmpty()) {
            diagnostics.error("Error validating: The name of a " + item + " must not be empty.", id.span());
        } else if (Character.isDigit(name.codePointAt(0))) {
            diagnostics.error("Error validating: The name of a " + item + " must not start with a number.",
                    id.span());
        } else if (name.indexOf('-') >= 0) {
            diagnostics.error("Error validating: The character `-` is not allowed in " + item + " names.",
                    id.span());
        }
    }
}
