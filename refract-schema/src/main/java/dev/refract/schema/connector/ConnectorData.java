package dev.refract.schema.connector;

/**
 * Connector-specific settings read from a datasource block, such as PostgreSQL's
 * {@code extensions}. {@link #NONE} when a connector reads nothing of its own.
 */
public interface ConnectorData {
    /** No connector-specific settings. */
    ConnectorData NONE = new ConnectorData() {
        @Override
        public String toString() {
            return "ConnectorData.NONE";
        }
    };
}
