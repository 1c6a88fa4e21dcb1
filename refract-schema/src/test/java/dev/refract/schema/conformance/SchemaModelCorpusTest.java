package dev.refract.schema.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.model.Relation;
import dev.refract.model.RelationKind;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.db.RelationFieldWalker;
import dev.refract.schema.db.RelationWalker;
import dev.refract.schema.dmmf.DatamodelDmmf;
import dev.refract.schema.model.SchemaModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every valid schema of Prisma's corpora (validation files without errors, the large real-world
 * schemas) converts to a {@link SchemaModel} and a DMMF document, and the model pairs relation
 * fields exactly as the parser database does.
 */
class SchemaModelCorpusTest {
    @Test
    void validSchemasConvertAndAgreeWithTheParserDatabaseOnRelations() {
        Path engines = Corpus.prismaEngines();
        List<Path> files = new ArrayList<>(Corpus.files(engines.resolve("psl/psl/tests/validation"), ".prisma"));
        files.addAll(Corpus.files(engines.resolve("query-engine/schema/test-schemas"), ".prisma"));
        files.addAll(Corpus.files(engines.resolve("query-engine/dmmf/test_files"), ".prisma"));
        List<String> problems = new ArrayList<>();
        int converted = 0;
        for (Path file : files) {
            ValidatedSchema validated = PrismaSchema.validate(Corpus.read(file));
            if (!validated.isValid()) {
                continue;
            }
            String name = engines.relativize(file).toString();
            try {
                SchemaModel model = SchemaModels.from(validated).orElseThrow();
                DatamodelDmmf.json(model);
                for (RelationWalker r : validated.db().walkRelations()) {
                    String problem = compare(model, r);
                    if (problem != null) {
                        problems.add(name + ": " + problem);
                    }
                }
                converted++;
            } catch (RuntimeException e) {
                problems.add(name + ": threw " + e);
            }
        }
        System.out.println("SchemaModel corpus: " + converted + " valid schemas converted");
        assertThat(converted).isPositive();
        assertThat(problems).isEmpty();
    }

    private static String compare(SchemaModel model, RelationWalker r) {
        RelationFieldWalker any = r.fieldA() != null ? r.fieldA() : r.fieldB();
        if (any == null) {
            return null;
        }
        Relation ours = model.relation(any.model().name(), any.name()).orElse(null);
        if (ours == null) {
            return "no relation for " + any.model().name() + "." + any.name();
        }
        RelationKind expected = r.isImplicitManyToMany() ? RelationKind.MANY_TO_MANY
                : r.isTwoWayEmbeddedManyToMany() ? RelationKind.EMBEDDED_MANY_TO_MANY
                : r.isOneToOne() ? RelationKind.ONE_TO_ONE : RelationKind.ONE_TO_MANY;
        String where = "relation " + r.relationName() + " of " + any.model().name() + "." + any.name();
        if (ours.kind() != expected) {
            return where + ": kind " + ours.kind() + ", parser database says " + expected;
        }
        if (!ours.name().equals(r.relationName())) {
            return where + ": named " + ours.name();
        }
        if (!ours.modelA().equals(r.modelA().name()) || !ours.modelB().equals(r.modelB().name())) {
            return where + ": models " + ours.modelA() + "/" + ours.modelB() + ", parser database says "
                    + r.modelA().name() + "/" + r.modelB().name();
        }
        if (!sameField(ours.fieldA() == null ? null : ours.fieldA().name(), r.fieldA())
                || !sameField(ours.fieldB() == null ? null : ours.fieldB().name(), r.fieldB())) {
            return where + ": sides " + (ours.fieldA() == null ? null : ours.fieldA().name()) + "/"
                    + (ours.fieldB() == null ? null : ours.fieldB().name());
        }
        return null;
    }

    private static boolean sameField(String ours, RelationFieldWalker theirs) {
        return ours == null ? theirs == null : theirs != null && ours.equals(theirs.name());
    }
}
