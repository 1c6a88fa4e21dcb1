package dev.refract.engine.error;

import java.util.Map;

/**
 * The database cannot be reached or refused us: P1000 (authentication), P1001 (unreachable),
 * P1003 (database missing), P1017 (server closed the connection), P2024 (pool timeout).
 */
public class ConnectionException extends RefractException {
    public ConnectionException(String code, String message, Map<String, Object> meta, Throwable cause) {
        super(code, message, meta, cause);
    }
}
