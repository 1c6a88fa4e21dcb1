package dev.refract.migrate.lint;

/**
 * One operation of a migration script that is risky on a big production table.
 *
 * @param migration the migration's directory name (or the script's name)
 * @param line the 1-based line of the statement in the script
 * @param rule what kind of risk it is
 * @param message what the operation does to the table
 * @param hint how to get the same result without the long lock (expand and contract)
 */
public record LintFinding(String migration, int line, LintRule rule, String message, String hint) {
}
