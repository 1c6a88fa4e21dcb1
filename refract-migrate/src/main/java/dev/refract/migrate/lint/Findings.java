package dev.refract.migrate.lint;

/** The wording of each lint finding: what happens on a big table, and the expand-and-contract way. */
final class Findings {
    private Findings() {
    }

    private static String q(String name) {
        return "\"" + name + "\"";
    }

    static LintFinding index(String migration, int line, boolean unique, String index, String table) {
        String what = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX" + (index == null ? "" : " " + index);
        return new LintFinding(migration, line, LintRule.INDEX_WITHOUT_CONCURRENTLY,
                what + " on the existing table " + q(table) + " blocks every write to it until the index is built.",
                "CREATE " + (unique ? "UNIQUE " : "") + "INDEX CONCURRENTLY, alone in a migration of its own (it cannot"
                        + " run in a transaction, and Refract runs such a migration statement by statement); if it"
                        + " fails, drop the INVALID index it leaves and run it again.");
    }

    static LintFinding notNull(String migration, int line, String table, String column) {
        return new LintFinding(migration, line, LintRule.NOT_NULL_COLUMN_WITHOUT_DEFAULT,
                "ADD COLUMN " + q(column) + " NOT NULL without a default fails on " + q(table)
                        + " as soon as it has rows.",
                "expand and contract: add the column as nullable (or with a constant default, which PostgreSQL 11+"
                        + " adds without a rewrite), deploy code that writes it, backfill the old rows in batches,"
                        + " then add CHECK (" + q(column) + " IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL.");
    }

    static LintFinding rewrite(String migration, int line, String table, String column, String from, String to) {
        String change = from == null ? "to " + to : "from " + from + " to " + to;
        return new LintFinding(migration, line, LintRule.TYPE_CHANGE_REWRITES_TABLE,
                "Changing " + q(table) + "." + q(column) + " " + change + " rewrites the whole table and its"
                        + " indexes under an ACCESS EXCLUSIVE lock: no reads or writes until it is done.",
                "expand and contract: add a new column of type " + to + ", write to both from the code, backfill in"
                        + " batches, switch reads to the new column, then drop the old one in a later migration.");
    }

    static LintFinding columnRename(String migration, int line, String table, String from, String to, String type) {
        return new LintFinding(migration, line, LintRule.RENAME_AS_DROP_AND_ADD,
                q(table) + "." + q(from) + " is dropped and " + q(to) + " (" + type + ", the same type) is added:"
                        + " if this is a rename, every value of " + q(from) + " is lost.",
                "edit the migration to ALTER TABLE " + q(table) + " RENAME COLUMN " + q(from) + " TO " + q(to)
                        + " (and @map the field if old code still reads it), or expand and contract: add " + q(to)
                        + ", write to both, backfill, switch reads, drop " + q(from) + " in a later migration.");
    }

    static LintFinding tableRename(String migration, int line, String from, String to) {
        return new LintFinding(migration, line, LintRule.RENAME_AS_DROP_AND_ADD,
                "Table " + q(from) + " is dropped and " + q(to) + " is created with the same columns: if this is"
                        + " a rename, every row of " + q(from) + " is lost.",
                "edit the migration to ALTER TABLE " + q(from) + " RENAME TO " + q(to) + " (or keep the old name"
                        + " with @@map), or copy the rows over before the drop.");
    }
}
