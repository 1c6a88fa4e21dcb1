package dev.refract.migrate.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void cutsAtSemicolonsOutsideLiteralsCommentsAndBodies() {
        String script = "-- CreateTable; not a cut\nCREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s;');\n"
                + "/* a; /* nested; */ still; */ INSERT INTO t VALUES (E'\\';');\n"
                + "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                + "SELECT $1::int[];\n-- only a comment;\n";
        assertThat(SqlScript.parse(script).statements()).containsExactly(
                "-- CreateTable; not a cut\nCREATE TABLE \"a;b\" (x TEXT DEFAULT 'it''s;')",
                "/* a; /* nested; */ still; */ INSERT INTO t VALUES (E'\\';')",
                "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
                "SELECT $1::int[]");
    }

    @Test
    void keepsSqliteTriggerBodiesWhole() {
        String script = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END;\nSELECT 1;";
        assertThat(SqlScript.parse(script).statements()).containsExactly(
                "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END", "SELECT 1");
    }

    @Test
    void transactionRule() {
        assertThat(SqlScript.parse("CREATE TABLE a (id int); CREATE INDEX i ON a (id);").transactional("postgresql"))
                .isTrue();
        assertThat(SqlScript.parse("CREATE INDEX CONCURRENTLY i ON a (id);").transactional("postgresql")).isFalse();
        assertThat(SqlScript.parse("ALTER TYPE \"Role\" ADD VALUE 'X';").transactional("postgresql")).isFalse();
        assertThat(SqlScript.parse("BEGIN; CREATE TABLE a (id int); COMMIT;").transactional("postgresql")).isFalse();
        // Words inside literals and comments do not count.
        assertThat(SqlScript.parse("-- CONCURRENTLY\nINSERT INTO a VALUES ('CONCURRENTLY');").transactional("postgresql"))
                .isTrue();
        assertThat(SqlScript.parse("PRAGMA foreign_keys=OFF; CREATE TABLE a (id int);").transactional("sqlite"))
                .isFalse();
        assertThat(SqlScript.parse("CREATE TABLE a (id int);").transactional("sqlite")).isTrue();
    }
}
