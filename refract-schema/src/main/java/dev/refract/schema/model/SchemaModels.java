package dev.refract.schema.model;

import dev.refract.model.CompositeType;
import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.SchemaModel;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.ast.Comment;
import dev.refract.schema.config.Configuration;
import dev.refract.schema.db.CompositeTypeWalker;
import dev.refract.schema.db.EnumValueWalker;
import dev.refract.schema.db.EnumWalker;
import dev.refract.schema.db.FieldWalker;
import dev.refract.schema.db.ModelWalker;
import dev.refract.schema.db.ParserDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a validated schema into the {@link SchemaModel} the runtime uses. Everything is read
 * from the parser database's walkers; nothing is re-resolved here.
 */
public final class SchemaModels {
    private SchemaModels() {
    }

    /** The model of {@code schema}, or empty when the schema has errors. */
    public static Optional<SchemaModel> from(ValidatedSchema schema) {
        if (!schema.isValid()) {
            return Optional.empty();
        }
        return Optional.of(build(schema.db(), schema.configuration()));
    }

    /**
     * The model of a resolved database. Only meaningful when validation found no error: an
     * invalid schema may give a partial model.
     */
    public static SchemaModel build(ParserDatabase db, Configuration configuration) {
        List<Model> models = new ArrayList<>();
        for (ModelWalker m : db.walkModelsAndViews()) {
            models.add(model(m, configuration));
        }
        List<EnumType> enums = new ArrayList<>();
        for (EnumWalker e : db.walkEnums()) {
            enums.add(enumType(e));
        }
        List<CompositeType> types = new ArrayList<>();
        for (CompositeTypeWalker t : db.walkCompositeTypes()) {
            types.add(new CompositeType(t.name(), FieldConversion.compositeFields(t),
                    doc(t.astCompositeType().documentation())));
        }
        return new SchemaModel(DatasourceReader.read(configuration), models, enums, types);
    }

    private static Model model(ModelWalker m, Configuration configuration) {
        Model.Builder b = Model.builder(m.name())
                .dbName(m.mappedName())
                .schema(m.schema())
                .view(m.isView())
                .ignored(m.isIgnored())
                .documentation(doc(m.astModel().documentation()))
                .primaryKey(IndexConversion.primaryKey(m));
        for (FieldWalker f : m.fields()) {
            Field field = FieldConversion.field(f, configuration);
            if (field != null) {
                b.field(field);
            }
        }
        IndexConversion.indexes(m).forEach(b::index);
        return b.build();
    }

    private static EnumType enumType(EnumWalker e) {
        List<EnumValue> values = new ArrayList<>();
        for (EnumValueWalker v : e.values()) {
            values.add(new EnumValue(v.name(), v.mappedName(), v.documentation()));
        }
        return new EnumType(e.name(), e.mappedName(), e.schema(), values, doc(e.astEnum().documentation()));
    }

    static String doc(Comment comment) {
        return comment == null ? null : comment.text();
    }
}
