package dev.refract.engine.exec.write;

import dev.refract.engine.ir.CreateManyQuery;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.DeleteManyQuery;
import dev.refract.engine.ir.DeleteQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.ReadArgs;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateManyQuery;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.UpsertQuery;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The schema of the write tests (defaults of every kind, {@code @updatedAt}, unique and compound
 * keys, a foreign key, mapped names) and terse IR building by model and field names, until write
 * documents can be read from Prisma's JSON protocol.
 */
final class WriteFixture {
    static final String SCHEMA = """
            datasource db {
              provider = "%s"
              url      = env("DATABASE_URL")
            }

            enum Role {
              USER  @map("user")
              ADMIN
            }

            model User {
              id        Int      @id @default(autoincrement())
              email     String   @unique
              name      String?
              role      Role     @default(USER)
              views     Int      @default(0) @map("view_count")
              score     Float    @default(1.5)
              balance   Decimal  @default(0)
              big       BigInt   @default(0)
              active    Boolean  @default(true)
              meta      Json?
              createdAt DateTime @default(now())
              updatedAt DateTime @updatedAt
              %s
              posts     Post[]

              @@map("users")
            }

            model Post {
              id       Int    @id @default(autoincrement())
              title    String %s
              authorId Int
              author   User   @relation(fields: [authorId], references: [id])
            }

            model Token {
              id   String @id @default(uuid())
              kind String
            }

            model Gen {
              id  String @id @default(uuid(7))
              c1  String @default(cuid())
              c2  String @default(cuid(2))
              n21 String @default(nanoid())
              n8  String @default(nanoid(8))
              u   String @default(ulid())
            }

            model Pair {
              a Int
              b String
              v Int

              @@id([a, b])
            }
            """;

    final SchemaModel schema;
    final String provider;

    WriteFixture(String provider) {
        this.provider = provider;
        boolean pg = provider.equals("postgresql");
        ValidatedSchema validated = PrismaSchema.validate(SCHEMA.formatted(provider,
                pg ? "tags      String[]\n  roles     Role[]" : "", pg ? "@db.VarChar(10)" : ""));
        this.schema = SchemaModels.from(validated).orElseThrow(() -> new IllegalStateException(validated.render(false)));
    }

    Model model(String name) {
        return schema.requireModel(name);
    }

    ScalarField f(String model, String field) {
        return model(model).scalarField(field).orElseThrow();
    }

    RelationField rel(String model, String field) {
        return model(model).relationField(field).orElseThrow();
    }

    /** {@code data} as name/value pairs: {@code data("User", "email", "a@x", "name", "A")}. */
    WriteData data(String model, Object... pairs) {
        List<FieldWrite> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            out.add(v instanceof FieldWrite w ? w : FieldWrite.set(f(model, (String) pairs[i]), v));
        }
        return WriteData.of(out);
    }

    FieldWrite op(String model, String field, FieldWrite.Op op, Object value) {
        return new FieldWrite(f(model, field), op, value);
    }

    Selection select(String model, String... fields) {
        List<Selection.Item> items = new ArrayList<>();
        for (String s : fields) {
            items.add(new Selection.Scalar(f(model, s)));
        }
        return new Selection(items);
    }

    /** Every scalar of the model, then the given items. */
    Selection all(String model, Selection.Item... more) {
        List<Selection.Item> items = new ArrayList<>();
        for (ScalarField s : model(model).scalarFields()) {
            items.add(new Selection.Scalar(s));
        }
        items.addAll(Arrays.asList(more));
        return new Selection(items);
    }

    Selection.Relation include(String model, String field, Selection selection) {
        return new Selection.Relation(rel(model, field), ReadArgs.NONE, selection);
    }

    Filter eq(String model, String field, Object value) {
        return Filter.eq(f(model, field), value);
    }

    CreateQuery create(String model, WriteData data, Selection selection) {
        return new CreateQuery(model(model), data, selection);
    }

    CreateManyQuery createMany(String model, List<WriteData> data, boolean skipDuplicates, Selection selection) {
        return new CreateManyQuery(model(model), data, skipDuplicates, selection);
    }

    UpdateQuery update(String model, Filter where, WriteData data, Selection selection) {
        return new UpdateQuery(model(model), where, data, selection);
    }

    UpdateManyQuery updateMany(String model, Filter where, WriteData data, Long limit, Selection selection) {
        return new UpdateManyQuery(model(model), where, data, limit, selection);
    }

    UpsertQuery upsert(String model, Filter where, WriteData create, WriteData update, Selection selection) {
        return new UpsertQuery(model(model), where, create, update, selection);
    }

    DeleteQuery delete(String model, Filter where, Selection selection) {
        return new DeleteQuery(model(model), where, selection);
    }

    DeleteManyQuery deleteMany(String model, Filter where, Long limit) {
        return new DeleteManyQuery(model(model), where, limit);
    }
}
