package dev.refract.engine.error;

import java.util.Map;

/** P2025: findUniqueOrThrow/findFirstOrThrow found nothing, or a record a write needs is missing. */
public class RecordNotFoundException extends RefractException {
    public RecordNotFoundException(String message, Map<String, Object> meta) {
        super("P2025", message, meta, null);
    }
}
