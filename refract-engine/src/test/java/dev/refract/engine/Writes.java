package dev.refract.engine;

import dev.refract.engine.error.RecordNotFoundException;
import java.util.Map;

/**
 * The writes the concurrency tests make, in one place so that they can move from plain SQL
 * (through {@link TxSql}, inside the transaction) to the engine's own write queries once those
 * run, without touching the tests.
 */
final class Writes {
    private Writes() {
    }

    /** {@code update({where: {id}, data: {field: {increment: by}}})}. */
    static Object increment(TxDatabase t, Transaction tx, String model, String field, int id, int by) {
        return TxSql.update(tx, "UPDATE \"" + model + "\" SET \"" + field + "\" = \"" + field + "\" + ? WHERE \"id\" = ?",
                by, id);
    }

    /** The account's balance, read in the transaction. */
    static long balance(TxDatabase t, Transaction tx, int id) {
        return TxSql.number(tx, "SELECT \"balance\" FROM \"Account\" WHERE \"id\" = ?", id);
    }

    /** {@code update({where: {id}, data: {balance}})}. */
    static void setBalance(TxDatabase t, Transaction tx, int id, long balance) {
        TxSql.update(tx, "UPDATE \"Account\" SET \"balance\" = ? WHERE \"id\" = ?", balance, id);
    }

    /**
     * {@code update({where: {id, version}, data: {balance, version: {increment: 1}}})} on its own;
     * P2025 when the version moved on.
     */
    static void updateVersioned(TxDatabase t, int id, int version, int balance) {
        int n = t.engine.transaction(tx -> TxSql.update(tx,
                "UPDATE \"Account\" SET \"balance\" = ?, \"version\" = \"version\" + 1 WHERE \"id\" = ? AND \"version\" = ?",
                balance, id, version));
        if (n == 0) {
            throw new RecordNotFoundException("No record was found for an update.", Map.of());
        }
    }
}
