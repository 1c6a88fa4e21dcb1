package com.example.blog;

import dev.refract.client.SchemaEnum;
import javax.annotation.processing.Generated;

/**
 * What a user may do.
 */
@Generated("dev.refract.generator.ClientGenerator")
public enum Role implements SchemaEnum {
    READER("READER", "reader"),

    /**
     * Writes posts.
     */
    WRITER("WRITER", "writer"),

    ADMIN("ADMIN", "ADMIN");

    private final String schemaName;

    private final String dbValue;

    Role(String schemaName, String dbValue) {
        this.schemaName = schemaName;
        this.dbValue = dbValue;
    }

    @Override
    public String schemaName() {
        return schemaName;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }
}
