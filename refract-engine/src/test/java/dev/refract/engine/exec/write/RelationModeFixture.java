package dev.refract.engine.exec.write;

import dev.refract.engine.ir.DeleteManyQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateManyQuery;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Field;
import dev.refract.model.Model;
import dev.refract.model.ReferentialAction;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas of the relation mode tests and terse IR building over them.
 *
 * <p>{@link #APP}: users, posts, comments, votes, profiles and tags with the actions an
 * application declares (and Prisma's defaults). {@link #ACTIONS}: one parent with a 1:1 and a
 * 1:n child referring to a non-id unique key, and a self-relation tree, every relation with the
 * same action; the schema is written with actions Prisma's validation accepts and
 * {@link #withAction} swaps in any other — cascading self-relations, NoAction and SetDefault too,
 * which the validation refuses on PostgreSQL and SQLite under {@code relationMode = "prisma"} but
 * the engine still handles.
 */
final class RelationModeFixture {
    static final String APP = """
            datasource db {
              provider     = "%s"
              url          = env("DATABASE_URL")
              %s
            }

            model User {
              id       Int       @id
              email    String    @unique
              posts    Post[]
              comments Comment[]
              profile  Profile?
              tags     Tag[]
            }

            model Profile {
              id     Int  @id
              userId Int  @unique
              user   User @relation(fields: [userId], references: [id])
            }

            model Post {
              id       Int       @id
              authorId Int
              author   User      @relation(fields: [authorId], references: [id], onDelete: Cascade)
              comments Comment[]
            }

            model Comment {
              id       Int    @id
              postId   Int
              post     Post   @relation(fields: [postId], references: [id], onDelete: Cascade, onUpdate: Cascade)
              userId   Int?
              user     User?  @relation(fields: [userId], references: [id])
              votes    Vote[]
            }

            model Vote {
              id        Int     @id
              commentId Int
              comment   Comment @relation(fields: [commentId], references: [id])
            }

            model Tag {
              id    Int    @id
              users User[]
            }
            """;

    static final String ACTIONS = """
            datasource db {
              provider     = "%s"
              url          = env("DATABASE_URL")
              relationMode = "prisma"
            }

            model Parent {
              id   Int         @id
              key  Int         @unique
              one  OneChild?
              many ManyChild[]
            }

            model OneChild {
              id        Int     @id
              parentKey Int?    @unique @default(0)
              parent    Parent? @relation(fields: [parentKey], references: [key], onDelete: Cascade, onUpdate: Cascade)
            }

            model ManyChild {
              id        Int     @id
              parentKey Int?    @default(0)
              parent    Parent? @relation(fields: [parentKey], references: [key], onDelete: Cascade, onUpdate: Cascade)
            }

            model Node {
              id       Int    @id
              parentId Int?   @default(0)
              parent   Node?  @relation("Tree", fields: [parentId], references: [id], onDelete: Restrict, onUpdate: Restrict)
              children Node[] @relation("Tree")
            }
            """;

    private RelationModeFixture() {
    }

    /** {@link #APP} for {@code provider}, with {@code relationMode = "prisma"} or with foreign keys. */
    static SchemaModel app(String provider, boolean emulated) {
        return parse(APP.formatted(provider, emulated ? "relationMode = \"prisma\"" : ""));
    }

    /** {@link #APP} with {@code extraModels} appended. */
    static SchemaModel app(String provider, boolean emulated, String extraModels) {
        return parse(APP.formatted(provider, emulated ? "relationMode = \"prisma\"" : "") + extraModels);
    }

    /** {@link #ACTIONS} for {@code provider} with every relation's onDelete and onUpdate set to {@code action}. */
    static SchemaModel actions(String provider, ReferentialAction action) {
        return withAction(parse(ACTIONS.formatted(provider)), action);
    }

    private static SchemaModel parse(String text) {
        ValidatedSchema validated = PrismaSchema.validate(text);
        return SchemaModels.from(validated).orElseThrow(() -> new IllegalStateException(validated.render(false)));
    }

    /** The schema with {@code onDelete} and {@code onUpdate} of every referencing relation field set to {@code action}. */
    static SchemaModel withAction(SchemaModel s, ReferentialAction action) {
        List<Model> models = new ArrayList<>();
        for (Model m : s.models()) {
            List<Field> fields = new ArrayList<>();
            for (Field f : m.fields()) {
                if (f instanceof RelationField r && r.isReferencing()) {
                    f = new RelationField(r.name(), r.relatedModel(), r.relationName(), r.arity(), r.fields(),
                            r.references(), action, action, r.defaultOnDelete(), r.mapName(), r.ignored(),
                            r.documentation());
                }
                fields.add(f);
            }
            models.add(new Model(m.name(), m.dbName(), m.schema(), fields, m.primaryKey(), m.indexes(), m.isView(),
                    m.ignored(), m.documentation()));
        }
        return new SchemaModel(s.datasource(), models, s.enums(), s.compositeTypes());
    }

    /** IR over one schema by model and field names. */
    record Ir(SchemaModel schema) {
        ScalarField f(String model, String field) {
            return schema.requireModel(model).scalarField(field).orElseThrow();
        }

        Filter eq(String model, String field, Object value) {
            return Filter.eq(f(model, field), value);
        }

        Selection select(String model, String... fields) {
            List<Selection.Item> items = new ArrayList<>();
            for (String s : fields) {
                items.add(new Selection.Scalar(f(model, s)));
            }
            return new Selection(items);
        }

        WriteData set(String model, String field, Object value) {
            return WriteData.of(List.of(FieldWrite.set(f(model, field), value)));
        }

        WriteData increment(String model, String field, Object by) {
            return WriteData.of(List.of(new FieldWrite(f(model, field), FieldWrite.Op.INCREMENT, by)));
        }

        DeleteQuery delete(String model, Filter where, Selection selection) {
            return new DeleteQuery(schema.requireModel(model), where, selection);
        }

        DeleteManyQuery deleteMany(String model, Filter where, Long limit) {
            return new DeleteManyQuery(schema.requireModel(model), where, limit);
        }

        UpdateQuery update(String model, Filter where, WriteData data, Selection selection) {
            return new UpdateQuery(schema.requireModel(model), where, data, selection);
        }

        UpdateManyQuery updateMany(String model, Filter where, WriteData data, Long limit) {
            return new UpdateManyQuery(schema.requireModel(model), where, data, limit, null);
        }

        UpsertQuery upsert(String model, Filter where, WriteData create, WriteData update, Selection selection) {
            return new UpsertQuery(schema.requireModel(model), where, create, update, selection);
        }
    }
}
