package dev.refract.engine;

import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.Filter;
import dev.refract.engine.ir.RawQuery;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.UpdateQuery;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import java.util.List;
import java.util.Map;

/**
 * The writes the transaction tests make, as the engine's write queries (the IR the typed client
 * and the JSON protocol build), so that the transactions are tested with the statements the
 * engine really sends.
 */
final class Writes {
    private Writes() {
    }

    /** {@code create({data: {id, name}, select: {id: true}})} on Item. */
    static CreateQuery createItem(TxDatabase t, int id, String name) {
        return new CreateQuery(t.model("Item"), WriteData.of(List.of(FieldWrite.set(t.field("Item", "id"), id),
                FieldWrite.set(t.field("Item", "name"), name))), idOnly(t, "Item"));
    }

    /** {@code update({where: {id}, data: {field: {increment: by}}, select: {id: true}})}. */
    static Object increment(TxDatabase t, Transaction tx, String model, String field, int id, int by) {
        return tx.execute(new UpdateQuery(t.model(model), Filter.eq(t.field(model, "id"), id),
                WriteData.of(List.of(new FieldWrite(t.field(model, field), FieldWrite.Op.INCREMENT, by))),
                idOnly(t, model)));
    }

    /** {@code findUniqueOrThrow({where: {id}})} on Account, in the transaction: the balance. */
    static long balance(TxDatabase t, Transaction tx, int id) {
        Map<?, ?> account = (Map<?, ?>) tx.execute(t.findOrThrow("Account", id));
        return ((Number) account.get("balance")).longValue();
    }

    /** {@code update({where: {id}, data: {balance}})} on Account. */
    static void setBalance(TxDatabase t, Transaction tx, int id, long balance) {
        tx.execute(new UpdateQuery(t.model("Account"), Filter.eq(t.field("Account", "id"), id),
                WriteData.of(List.of(FieldWrite.set(t.field("Account", "balance"), (int) balance))),
                idOnly(t, "Account")));
    }

    /**
     * {@code update({where: {id, version}, data: {balance, version: {increment: 1}}})} on its own
     * (the engine outside a transaction); P2025 when the version moved on.
     */
    static void updateVersioned(TxDatabase t, int id, int version, int balance) {
        Filter where = Filter.and(List.of(Filter.eq(t.field("Account", "id"), id),
                Filter.eq(t.field("Account", "version"), version)));
        t.engine.execute(new UpdateQuery(t.model("Account"), where,
                WriteData.of(List.of(FieldWrite.set(t.field("Account", "balance"), balance),
                        new FieldWrite(t.field("Account", "version"), FieldWrite.Op.INCREMENT, 1))),
                idOnly(t, "Account")));
    }

    private static Selection idOnly(TxDatabase t, String model) {
        Model m = t.model(model);
        return new Selection(List.of(new Selection.Scalar(t.field(m.name(), "id"))));
    }
}
