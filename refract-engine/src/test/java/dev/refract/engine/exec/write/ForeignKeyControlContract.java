package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The control of the relation mode tests: the same application schema without
 * {@code relationMode = "prisma"}, whose tables have foreign keys. The engine emulates nothing
 * (each write is its one statement) and the database's own foreign keys decide: a referenced
 * profile's user cannot go (P2003, not the emulation's P2014), a cascade is the database's.
 */
abstract class ForeignKeyControlContract extends RelationModeDatabase {
    private QueryEngine engine;
    private RelationModeFixture.Ir ir;

    @Override
    List<SchemaModel> schemas() {
        return List.of(RelationModeFixture.app(provider(), false));
    }

    @BeforeEach
    void seed() throws Exception {
        if (engine == null) {
            SchemaModel schema = RelationModeFixture.app(provider(), false);
            ir = new RelationModeFixture.Ir(schema);
            engine = engine(schema);
        }
        sql("DELETE FROM \"Vote\"", "DELETE FROM \"Comment\"", "DELETE FROM \"Post\"", "DELETE FROM \"Profile\"",
                "DELETE FROM \"_TagToUser\"", "DELETE FROM \"Tag\"", "DELETE FROM \"User\"",
                "INSERT INTO \"User\" (\"id\", \"email\") VALUES (1, 'a@x.io'), (2, 'b@x.io')",
                "INSERT INTO \"Post\" (\"id\", \"authorId\") VALUES (10, 1), (20, 2)",
                "INSERT INTO \"Comment\" (\"id\", \"postId\", \"userId\") VALUES (100, 10, 2), (200, 20, 1)",
                "INSERT INTO \"Profile\" (\"id\", \"userId\") VALUES (1, 2)",
                "INSERT INTO \"Tag\" (\"id\") VALUES (1)",
                "INSERT INTO \"_TagToUser\" (\"A\", \"B\") VALUES (1, 1), (1, 2)");
        events.clear();
    }

    @Test
    void theDatabaseRefusesWithItsForeignKey() throws Exception {
        assertThatThrownBy(() -> run(engine, ir.delete("User", ir.eq("User", "id", 2), ir.select("User", "id"))))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2003"));
        assertThat(statements()).hasSize(1);
        assertThat(statements().get(0)).startsWith("DELETE");
        assertThat(column("User", "id")).containsExactly(1L, 2L);
    }

    @Test
    void theDatabaseCascades() throws Exception {
        run(engine, ir.delete("User", ir.eq("User", "id", 1), ir.select("User", "id")));
        assertThat(statements()).hasSize(1);
        assertThat(column("Post", "id")).containsExactly(20L);
        assertThat(column("Comment", "id")).containsExactly(200L);
        assertThat(column("Comment", "userId")).containsExactly((Object) null);
        assertThat(rows("SELECT \"A\", \"B\" FROM \"_TagToUser\"")).containsExactly(List.of(1L, 2L));
    }
}
