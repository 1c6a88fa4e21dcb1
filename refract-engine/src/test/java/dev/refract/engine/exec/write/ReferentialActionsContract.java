package dev.refract.engine.exec.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.QueryEngine;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.Query;
import dev.refract.model.ReferentialAction;
import dev.refract.model.SchemaModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every referential action under {@code relationMode = "prisma"} on a 1:1 and a 1:n relation to a
 * unique non-id key and on a self-relation tree, for delete, deleteMany, update and updateMany:
 * the referencing rows end as the database's own foreign keys would leave them, and a refusal
 * (P2014, or the database's P2002 for a SetDefault that collides) leaves every row as it was.
 *
 * <p>Seed: parents 0 (key 0), 1 (key 10), 2 (key 20); one-children 1→10, 2→20; many-children
 * 1→10, 2→10, 3→0, 4→20; nodes 0 and 1 (roots), 2→1, 3→2, 4→2, 5→0.
 */
abstract class ReferentialActionsContract extends RelationModeDatabase {
    private final Map<ReferentialAction, QueryEngine> engines = new EnumMap<>(ReferentialAction.class);
    private RelationModeFixture.Ir ir;

    @Override
    List<SchemaModel> schemas() {
        return List.of(RelationModeFixture.actions(provider(), ReferentialAction.CASCADE));
    }

    private QueryEngine engine(ReferentialAction action) {
        return engines.computeIfAbsent(action, a -> {
            SchemaModel schema = RelationModeFixture.actions(provider(), a);
            ir = new RelationModeFixture.Ir(schema);
            return engine(schema);
        });
    }

    private RelationModeFixture.Ir ir() {
        if (ir == null) {
            engine(ReferentialAction.CASCADE);
        }
        return ir;
    }

    @BeforeEach
    void seed() throws Exception {
        sql("DELETE FROM \"Parent\"", "DELETE FROM \"OneChild\"", "DELETE FROM \"ManyChild\"", "DELETE FROM \"Node\"",
                "INSERT INTO \"Parent\" (\"id\", \"key\") VALUES (0, 0), (1, 10), (2, 20)",
                "INSERT INTO \"OneChild\" (\"id\", \"parentKey\") VALUES (1, 10), (2, 20)",
                "INSERT INTO \"ManyChild\" (\"id\", \"parentKey\") VALUES (1, 10), (2, 10), (3, 0), (4, 20)",
                "INSERT INTO \"Node\" (\"id\", \"parentId\") VALUES (0, NULL), (1, NULL), (2, 1), (3, 2), (4, 2), (5, 0)");
        events.clear();
    }

    private Object run(ReferentialAction action, Query q) {
        return run(engine(action), q);
    }

    private static boolean refuses(ReferentialAction a) {
        return a == ReferentialAction.RESTRICT || a == ReferentialAction.NO_ACTION;
    }

    private void assertUnchanged() throws Exception {
        assertThat(column("Parent", "key")).containsExactly(0L, 10L, 20L);
        assertThat(column("OneChild", "parentKey")).containsExactly(10L, 20L);
        assertThat(column("ManyChild", "parentKey")).containsExactly(10L, 10L, 0L, 20L);
        assertThat(column("Node", "parentId")).containsExactly(null, null, 1L, 2L, 2L, 0L);
    }

    private void assertP2014(Runnable write, String... relations) throws Exception {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(RefractException.class, e -> {
            assertThat(e.code()).isEqualTo("P2014");
            assertThat(e.getMessage()).matches("The change you are trying to make would violate the required relation '("
                    + String.join("|", relations) + ")' between the `\\w+` and `\\w+` models\\.");
        });
        assertUnchanged();
    }

    private static List<Object> longs(Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? null : ((Number) v).longValue());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(ReferentialAction.class)
    void deleteParent(ReferentialAction action) throws Exception {
        Query q = ir().delete("Parent", ir().eq("Parent", "id", 1), ir().select("Parent", "id", "key"));
        if (refuses(action)) {
            assertP2014(() -> run(action, q), "OneChildToParent", "ManyChildToParent");
            return;
        }
        assertThat((Map<String, Object>) run(action, q)).containsEntry("key", 10);
        assertThat(column("Parent", "id")).containsExactly(0L, 2L);
        switch (action) {
            case CASCADE -> {
                assertThat(column("OneChild", "id")).containsExactly(2L);
                assertThat(column("ManyChild", "id")).containsExactly(3L, 4L);
            }
            case SET_NULL -> {
                assertThat(column("OneChild", "parentKey")).isEqualTo(longs(null, 20));
                assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(null, null, 0, 20));
            }
            case SET_DEFAULT -> {
                assertThat(column("OneChild", "parentKey")).isEqualTo(longs(0, 20));
                assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(0, 0, 0, 20));
            }
            default -> throw new AssertionError(action);
        }
    }

    @ParameterizedTest
    @EnumSource(ReferentialAction.class)
    void deleteManyParentsActsOncePerRelation(ReferentialAction action) throws Exception {
        Query q = ir().deleteMany("Parent", new Filter.Scalar(ir().f("Parent", "key"), Filter.ScalarOp.GTE, 10, false),
                null);
        if (refuses(action)) {
            assertP2014(() -> run(action, q), "OneChildToParent", "ManyChildToParent");
            return;
        }
        if (action == ReferentialAction.SET_DEFAULT) {
            // Both one-children would take the unique default key 0: the database refuses it all.
            assertThatThrownBy(() -> run(action, q)).isInstanceOfSatisfying(RefractException.class,
                    e -> assertThat(e.code()).isEqualTo("P2002"));
            assertUnchanged();
            return;
        }
        assertThat((Map<String, Object>) run(action, q)).containsEntry("count", 2);
        // One statement per relation over both parents' keys, never one per record.
        assertThat(statements().stream().filter(s -> s.contains("\"ManyChild\"")).count()).isEqualTo(1);
        switch (action) {
            case CASCADE -> assertThat(column("ManyChild", "id")).containsExactly(3L);
            case SET_NULL -> assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(null, null, 0, null));
            default -> throw new AssertionError(action);
        }
    }

    @ParameterizedTest
    @EnumSource(ReferentialAction.class)
    void deleteInSelfRelation(ReferentialAction action) throws Exception {
        Query q = ir().delete("Node", ir().eq("Node", "id", 1), ir().select("Node", "id"));
        if (refuses(action)) {
            assertP2014(() -> run(action, q), "Tree");
            return;
        }
        run(action, q);
        switch (action) {
            // Two levels below the deleted node: its child, then that child's children.
            case CASCADE -> assertThat(column("Node", "id")).containsExactly(0L, 5L);
            case SET_NULL -> assertThat(column("Node", "parentId")).isEqualTo(longs(null, null, 2, 2, 0));
            case SET_DEFAULT -> assertThat(column("Node", "parentId")).isEqualTo(longs(null, 0, 2, 2, 0));
            default -> throw new AssertionError(action);
        }
    }

    @ParameterizedTest
    @EnumSource(ReferentialAction.class)
    void updateReferencedKey(ReferentialAction action) throws Exception {
        Query q = ir().update("Parent", ir().eq("Parent", "id", 1), ir().set("Parent", "key", 11),
                ir().select("Parent", "key"));
        if (refuses(action)) {
            assertP2014(() -> run(action, q), "OneChildToParent", "ManyChildToParent");
            return;
        }
        assertThat((Map<String, Object>) run(action, q)).containsEntry("key", 11);
        assertThat(column("Parent", "key")).containsExactly(0L, 11L, 20L);
        switch (action) {
            case CASCADE -> {
                assertThat(column("OneChild", "parentKey")).isEqualTo(longs(11, 20));
                assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(11, 11, 0, 20));
            }
            case SET_NULL -> {
                assertThat(column("OneChild", "parentKey")).isEqualTo(longs(null, 20));
                assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(null, null, 0, 20));
            }
            case SET_DEFAULT -> {
                assertThat(column("OneChild", "parentKey")).isEqualTo(longs(0, 20));
                assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(0, 0, 0, 20));
            }
            default -> throw new AssertionError(action);
        }
    }

    @ParameterizedTest
    @EnumSource(ReferentialAction.class)
    void updateManyIncrementsReferencedKeys(ReferentialAction action) throws Exception {
        Query q = ir().updateMany("Parent", new Filter.Scalar(ir().f("Parent", "key"), Filter.ScalarOp.GTE, 10, false),
                ir().increment("Parent", "key", 100), null);
        if (refuses(action)) {
            assertP2014(() -> run(action, q), "OneChildToParent", "ManyChildToParent");
            return;
        }
        if (action == ReferentialAction.SET_DEFAULT) {
            // Both one-children would take the default key 0, which is unique: the database
            // refuses, and the whole update with it.
            assertThatThrownBy(() -> run(action, q)).isInstanceOfSatisfying(RefractException.class,
                    e -> assertThat(e.code()).isEqualTo("P2002"));
            assertUnchanged();
            return;
        }
        assertThat((Map<String, Object>) run(action, q)).containsEntry("count", 2);
        assertThat(column("Parent", "key")).containsExactly(0L, 110L, 120L);
        if (action == ReferentialAction.CASCADE) {
            // Each child's key takes the same increment as its parent's.
            assertThat(column("OneChild", "parentKey")).isEqualTo(longs(110, 120));
            assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(110, 110, 0, 120));
        } else {
            assertThat(column("OneChild", "parentKey")).isEqualTo(longs(null, null));
            assertThat(column("ManyChild", "parentKey")).isEqualTo(longs(null, null, 0, null));
        }
    }

    @ParameterizedTest
    @EnumSource(ReferentialAction.class)
    void updateIdInSelfRelation(ReferentialAction action) throws Exception {
        Query q = ir().update("Node", ir().eq("Node", "id", 2), ir().set("Node", "id", 20), ir().select("Node", "id"));
        if (refuses(action)) {
            assertP2014(() -> run(action, q), "Tree");
            return;
        }
        run(action, q);
        assertThat(column("Node", "id")).containsExactly(0L, 1L, 3L, 4L, 5L, 20L);
        Object expected = switch (action) {
            case CASCADE -> 20L;
            case SET_NULL -> null;
            case SET_DEFAULT -> 0L;
            default -> throw new AssertionError(action);
        };
        assertThat(column("Node", "parentId")).isEqualTo(Arrays.asList(null, null, expected, expected, 0L, 1L));
    }

    @ParameterizedTest
    @EnumSource(ReferentialAction.class)
    void updateOfUnreferencedFieldsRunsAlone(ReferentialAction action) throws Exception {
        // Nothing refers to Parent.id (the relations reference key): one UPDATE, no emulation.
        run(action, ir().update("Parent", ir().eq("Parent", "id", 1), ir().set("Parent", "id", 100),
                ir().select("Parent", "id")));
        assertThat(statements()).hasSize(1);
        assertThat(statements().get(0)).startsWith("UPDATE");
        assertThat(column("OneChild", "parentKey")).containsExactly(10L, 20L);
    }

    @Test
    void setDefaultToARecordGoingAwayIsP2003() throws Exception {
        // Many-child 3 refers to parent key 0, whose default is 0 again: there would be no parent.
        Query q = ir().delete("Parent", ir().eq("Parent", "id", 0), ir().select("Parent", "id"));
        assertThatThrownBy(() -> run(ReferentialAction.SET_DEFAULT, q)).isInstanceOfSatisfying(RefractException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("P2003");
                    assertThat(e.getMessage()).isEqualTo("Foreign key constraint failed on the field: `parentKey`");
                });
        assertUnchanged();
    }

    @Test
    void keysBeyondTheParameterLimitGoInChunks() throws Exception {
        // 40,000 parents with a child each: more keys than one statement may bind.
        String rows = provider().equals("postgresql") ? "SELECT g, g FROM generate_series(1000, 40999) AS g"
                : "SELECT g, g FROM (WITH RECURSIVE s(g) AS (SELECT 1000 UNION ALL SELECT g + 1 FROM s WHERE g < 40999)"
                        + " SELECT g FROM s)";
        sql("INSERT INTO \"Parent\" (\"id\", \"key\") " + rows, "INSERT INTO \"ManyChild\" (\"id\", \"parentKey\") " + rows);
        events.clear();
        Map<String, Object> count = (Map<String, Object>) run(ReferentialAction.CASCADE, ir().deleteMany("Parent",
                new Filter.Scalar(ir().f("Parent", "key"), Filter.ScalarOp.GTE, 1000, false), null));
        assertThat(count).containsEntry("count", 40_000);
        assertThat(rows("SELECT COUNT(*) FROM \"ManyChild\"")).containsExactly(List.of(4L));
        assertThat(statements().stream().filter(s -> s.startsWith("DELETE") && s.contains("\"ManyChild\""))).hasSize(2);
        assertUnchanged();
    }

    @Test
    void updateOfAMissingRecordIsStillP2025() throws Exception {
        assertThatThrownBy(() -> run(ReferentialAction.CASCADE, ir().update("Parent", ir().eq("Parent", "id", 99),
                ir().set("Parent", "key", 5), ir().select("Parent", "id")))).isInstanceOfSatisfying(
                        RefractException.class, e -> assertThat(e.code()).isEqualTo("P2025"));
        assertUnchanged();
    }

    @Test
    void aCycleOfCascadesEnds() throws Exception {
        // 6 and 7 are each other's parent: deleting one cascades to the other, and no further.
        sql("INSERT INTO \"Node\" (\"id\", \"parentId\") VALUES (6, 7), (7, 6)");
        run(ReferentialAction.CASCADE, ir().delete("Node", ir().eq("Node", "id", 6), ir().select("Node", "id")));
        assertUnchanged();
    }
}
