package dev.refract.engine.protocol;

import dev.refract.engine.error.RefractException;

/**
 * A document that is not a JSON protocol request at all (not JSON, no {@code action}, a selection
 * value that is neither a boolean nor an object, a malformed tagged value), or one that asks for
 * something Refract does not do yet (writes, raw queries). Prisma rejects the first kind before
 * validation, without an error code; so does Refract ({@link #code()} is null).
 */
public final class ProtocolException extends RefractException {
    public ProtocolException(String message) {
        super(null, message);
    }
}
