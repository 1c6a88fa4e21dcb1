package dev.refract.engine.exec.tx;

import dev.refract.engine.IsolationLevel;
import dev.refract.engine.error.RefractException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prisma's transaction errors (P2028, "Transaction API error: ..."), with Prisma's messages and
 * {@code meta}, which applications match on. Where Refract adds advice, it follows Prisma's text.
 */
public final class TransactionErrors {
    static final String CODE = "P2028";
    private static final String PREFIX = "Transaction API error: ";

    private TransactionErrors() {
    }

    /** maxWait passed before a connection was had and the transaction begun (no meta, as in Prisma). */
    public static RefractException startTimeout(Throwable cause) {
        return new RefractException(CODE, PREFIX + "Unable to start a transaction in the given time.", Map.of(), cause);
    }

    /** A statement, commit or rollback after the transaction's timeout rolled it back. */
    public static RefractException expired(String operation, long timeoutMs, long elapsedMs) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("operation", operation);
        meta.put("timeout", timeoutMs);
        meta.put("timeTaken", elapsedMs);
        return new RefractException(CODE, PREFIX + "A " + operation + " cannot be executed on an expired transaction."
                + " The timeout for this transaction was " + timeoutMs + " ms, however " + elapsedMs
                + " ms passed since the start of the transaction. Consider increasing the interactive transaction"
                + " timeout or doing less work in the transaction.", meta, null);
    }

    public static RefractException committed(String operation) {
        return new RefractException(CODE, PREFIX + "Transaction already closed: A " + operation
                + " cannot be executed on a committed transaction.", Map.of(), null);
    }

    public static RefractException rolledBack(String operation) {
        return new RefractException(CODE, PREFIX + "Transaction already closed: A " + operation
                + " cannot be executed on a transaction that was rolled back.", Map.of(), null);
    }

    /** A level the database does not have; Prisma's message, then which ones it has. */
    public static RefractException invalidIsolationLevel(IsolationLevel level, String provider, String supported) {
        return new RefractException(CODE, PREFIX + "Invalid isolation level: " + level.prismaName() + ". "
                + provider + " supports " + supported + ".", Map.of("isolationLevel", level.prismaName()), null);
    }

    /** engine.transaction inside a transaction's body, on the same engine and thread. */
    public static RefractException nested() {
        return new RefractException(CODE, PREFIX + "Attempted to start a transaction inside of a transaction."
                + " Run the nested work through the Transaction the body was given: Refract has no nested"
                + " transactions.", Map.of(), null);
    }
}
