package dev.refract.schema.db;

import dev.refract.schema.ast.CompositeType;
import dev.refract.schema.ast.EnumDecl;
import dev.refract.schema.ast.GeneratorConfig;
import dev.refract.schema.ast.Model;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.SourceConfig;
import dev.refract.schema.ast.Top;
import dev.refract.schema.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the validations need to know about a schema, resolved once: names, field types,
 * attributes, relations. Read it through the walkers ({@link #walkModels()}, {@link #findModel},
 * ...), named after Prisma's so Prisma's validations can be followed when porting them.
 *
 * <p>Built in Prisma's order, stopping where Prisma stops: names; if that found errors, stop;
 * types; if errors, stop; attributes; relations. Syntax errors from parsing do not stop it. Whatever could not be resolved is simply absent
 * (no attributes, no relations), never an exception. Immutable once built.
 */
public final class ParserDatabase {
    private final List<SchemaAst> asts;
    final Names names;
    final Types types;
    final Relations relations;
    // Relations by model A and by model B, each sorted by the other model then by id: what
    // ModelWalker.relationsFrom/To answer. Indexed once after inference, because validations ask
    // per model and a scan of every relation per model is quadratic on large schemas.
    private Map<ModelId, List<RelationWalker>> relationsByModelA = Map.of();
    private Map<ModelId, List<RelationWalker>> relationsByModelB = Map.of();

    private ParserDatabase(List<SchemaAst> asts, Names names, Types types, Relations relations) {
        this.asts = asts;
        this.names = names;
        this.types = types;
        this.relations = relations;
    }

    /** Resolves the schema made of {@code asts} (one per file, in file id order), reporting into {@code diagnostics}. */
    public static ParserDatabase build(List<SchemaAst> asts, Diagnostics diagnostics) {
        List<SchemaAst> files = List.copyOf(asts);
        Types types = new Types();
        Relations relations = new Relations();
        // Syntax errors found while parsing do not stop the passes; errors of the passes do.
        int before = diagnostics.errors().size();
        Names names = NameResolver.resolve(files, diagnostics);
        if (diagnostics.errors().size() > before) {
            return new ParserDatabase(files, names, types, relations);
        }
        TypeResolver.resolve(files, names, types, diagnostics);
        if (diagnostics.errors().size() > before) {
            return new ParserDatabase(files, names, types, relations);
        }
        ParserDatabase db = new ParserDatabase(files, names, types, relations);
        AttributeResolver.resolve(db, diagnostics);
        RelationInference.infer(db);
        db.indexRelations();
        return db;
    }

    private void indexRelations() {
        Map<ModelId, List<RelationWalker>> byA = new HashMap<>();
        Map<ModelId, List<RelationWalker>> byB = new HashMap<>();
        for (RelationWalker r : walkRelations()) {
            byA.computeIfAbsent(r.modelAId(), k -> new ArrayList<>()).add(r);
            byB.computeIfAbsent(r.modelBId(), k -> new ArrayList<>()).add(r);
        }
        byA.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(RelationWalker::modelBId)
                .thenComparingInt(RelationWalker::id)).toList());
        byB.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(RelationWalker::modelAId)
                .thenComparingInt(RelationWalker::id)).toList());
        relationsByModelA = Map.copyOf(byA);
        relationsByModelB = Map.copyOf(byB);
    }

    /** Relations where {@code model} is model A, ordered by model B, then by relation id. */
    List<RelationWalker> relationsFrom(ModelId model) {
        return relationsByModelA.getOrDefault(model, List.of());
    }

    /** Relations where {@code model} is model B, ordered by model A, then by relation id. */
    List<RelationWalker> relationsTo(ModelId model) {
        return relationsByModelB.getOrDefault(model, List.of());
    }

    // ---- ASTs ----------------------------------------------------------------------------------

    /** Every file's AST, by file id. */
    public List<SchemaAst> asts() {
        return asts;
    }

    public SchemaAst ast(int fileId) {
        return asts.get(fileId);
    }

    public int filesCount() {
        return asts.size();
    }

    /** Every datasource block, in file then source order. */
    public List<SourceConfig> datasources() {
        List<SourceConfig> out = new ArrayList<>();
        for (SchemaAst ast : asts) {
            for (Top t : ast.tops()) {
                if (t instanceof SourceConfig s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Every generator block, in file then source order. */
    public List<GeneratorConfig> generators() {
        List<GeneratorConfig> out = new ArrayList<>();
        for (SchemaAst ast : asts) {
            for (Top t : ast.tops()) {
                if (t instanceof GeneratorConfig g) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    Model astModel(ModelId id) {
        return (Model) asts.get(id.fileId()).tops().get(id.topIndex());
    }

    EnumDecl astEnum(EnumId id) {
        return (EnumDecl) asts.get(id.fileId()).tops().get(id.topIndex());
    }

    CompositeType astCompositeType(CompositeTypeId id) {
        return (CompositeType) asts.get(id.fileId()).tops().get(id.topIndex());
    }

    // ---- walkers -------------------------------------------------------------------------------

    public ModelWalker walk(ModelId id) {
        return new ModelWalker(this, id);
    }

    public EnumWalker walk(EnumId id) {
        return new EnumWalker(this, id);
    }

    public CompositeTypeWalker walk(CompositeTypeId id) {
        return new CompositeTypeWalker(this, id);
    }

    /** Models and views, in file then source order. */
    public List<ModelWalker> walkModelsAndViews() {
        List<ModelWalker> out = new ArrayList<>();
        for (SchemaAst ast : asts) {
            for (int i = 0; i < ast.tops().size(); i++) {
                if (ast.tops().get(i) instanceof Model) {
                    out.add(new ModelWalker(this, new ModelId(ast.fileId(), i)));
                }
            }
        }
        return out;
    }

    /** Models (not views), in file then source order. */
    public List<ModelWalker> walkModels() {
        return walkModelsAndViews().stream().filter(m -> !m.isView()).toList();
    }

    /** Views, in file then source order. */
    public List<ModelWalker> walkViews() {
        return walkModelsAndViews().stream().filter(ModelWalker::isView).toList();
    }

    public List<EnumWalker> walkEnums() {
        List<EnumWalker> out = new ArrayList<>();
        for (SchemaAst ast : asts) {
            for (int i = 0; i < ast.tops().size(); i++) {
                if (ast.tops().get(i) instanceof EnumDecl) {
                    out.add(new EnumWalker(this, new EnumId(ast.fileId(), i)));
                }
            }
        }
        return out;
    }

    public List<CompositeTypeWalker> walkCompositeTypes() {
        List<CompositeTypeWalker> out = new ArrayList<>();
        for (SchemaAst ast : asts) {
            for (int i = 0; i < ast.tops().size(); i++) {
                if (ast.tops().get(i) instanceof CompositeType) {
                    out.add(new CompositeTypeWalker(this, new CompositeTypeId(ast.fileId(), i)));
                }
            }
        }
        return out;
    }

    /** Every relation, in the order inference found them (the order of their first relation field). */
    public List<RelationWalker> walkRelations() {
        List<RelationWalker> out = new ArrayList<>();
        for (int i = 0; i < relations.relations.size(); i++) {
            out.add(new RelationWalker(this, i));
        }
        return out;
    }

    /**
     * One-to-one and one-to-many relations with both sides written, ordered by model A, model B,
     * then relation id, as Prisma iterates them.
     */
    public List<InlineRelationWalker> walkCompleteInlineRelations() {
        return walkRelations().stream()
                .filter(r -> r.isInline() && r.isComplete())
                .sorted(java.util.Comparator.comparing(RelationWalker::modelAId)
                        .thenComparing(RelationWalker::modelBId)
                        .thenComparingInt(RelationWalker::id))
                .map(RelationWalker::asInline)
                .toList();
    }

    /** Every scalar field of every model and view, in file then source order. */
    public List<ScalarFieldWalker> walkScalarFields() {
        List<ScalarFieldWalker> out = new ArrayList<>();
        for (int i = 0; i < types.scalarFields.size(); i++) {
            out.add(new ScalarFieldWalker(this, i));
        }
        return out;
    }

    /** Every relation field, in file then source order. */
    public List<RelationFieldWalker> walkRelationFields() {
        List<RelationFieldWalker> out = new ArrayList<>();
        for (int i = 0; i < types.relationFields.size(); i++) {
            out.add(new RelationFieldWalker(this, i));
        }
        return out;
    }

    /** Scalar fields whose {@code @default(...)} function is not one Prisma knows; the connector decides. */
    public List<ScalarFieldWalker> walkScalarFieldDefaultsWithUnknownFunction() {
        return types.unknownFunctionDefaults.stream().map(i -> new ScalarFieldWalker(this, i)).toList();
    }

    // ---- lookups -------------------------------------------------------------------------------

    /** The model or view called {@code name}, or null. */
    public ModelWalker findModel(String name) {
        Names.TopRef ref = names.tops.get(name);
        if (ref == null || !(asts.get(ref.fileId()).tops().get(ref.topIndex()) instanceof Model)) {
            return null;
        }
        return new ModelWalker(this, new ModelId(ref.fileId(), ref.topIndex()));
    }

    /** The enum called {@code name}, or null. */
    public EnumWalker findEnum(String name) {
        Names.TopRef ref = names.tops.get(name);
        if (ref == null || !(asts.get(ref.fileId()).tops().get(ref.topIndex()) instanceof EnumDecl)) {
            return null;
        }
        return new EnumWalker(this, new EnumId(ref.fileId(), ref.topIndex()));
    }

    /** The composite type called {@code name}, or null. */
    public CompositeTypeWalker findCompositeType(String name) {
        Names.TopRef ref = names.tops.get(name);
        if (ref == null || !(asts.get(ref.fileId()).tops().get(ref.topIndex()) instanceof CompositeType)) {
            return null;
        }
        return new CompositeTypeWalker(this, new CompositeTypeId(ref.fileId(), ref.topIndex()));
    }

    public int modelsCount() {
        return walkModelsAndViews().size();
    }

    public int enumsCount() {
        return walkEnums().size();
    }
}
