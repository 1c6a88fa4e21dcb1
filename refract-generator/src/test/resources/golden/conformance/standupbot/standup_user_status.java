package conformance.standupbot;

import dev.refract.client.SchemaEnum;
import javax.annotation.processing.Generated;

/**
 * The enum standup_user_status.
 */
@Generated("dev.refract.generator.ClientGenerator")
public enum standup_user_status implements SchemaEnum {
    ACTIVE("ACTIVE", "ACTIVE"),

    INACTIVE("INACTIVE", "INACTIVE"),

    INVITED("INVITED", "INVITED");

    private final String schemaName;

    private final String dbValue;

    standup_user_status(String schemaName, String dbValue) {
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
