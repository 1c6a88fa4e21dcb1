package conformance.standupbot;

import dev.refract.client.SchemaEnum;
import javax.annotation.processing.Generated;

/**
 * The enum team_status.
 */
@Generated("dev.refract.generator.ClientGenerator")
public enum team_status implements SchemaEnum {
    ACTIVE("ACTIVE", "ACTIVE"),

    INACTIVE("INACTIVE", "INACTIVE"),

    DELINQUENT("DELINQUENT", "DELINQUENT");

    private final String schemaName;

    private final String dbValue;

    team_status(String schemaName, String dbValue) {
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
