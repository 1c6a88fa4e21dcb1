package dev.refract.engine.exec.write;

import dev.refract.engine.protocol.ProtocolReader;
import dev.refract.engine.result.ClientJson;
import dev.refract.model.SchemaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** The database of the nested-write contracts ({@link NestedFixture}) and JSON-protocol helpers. */
abstract class NestedDatabase extends WriteDatabase {
    private SchemaModel schema;

    @Override
    SchemaModel schema() {
        if (schema == null) {
            schema = NestedFixture.schema(provider());
        }
        return schema;
    }

    @Override
    List<String> tables() {
        return NestedFixture.TABLES;
    }

    /** Runs one JSON-protocol document and returns the answer as Prisma Client's JSON. */
    String run(String document) {
        return ClientJson.write(engine.execute(ProtocolReader.read(schema(), document)));
    }

    static String doc(String model, String action, String arguments, String selection) {
        return "{\"modelName\":\"" + model + "\",\"action\":\"" + action + "\",\"query\":{\"arguments\":" + arguments
                + ",\"selection\":" + selection + "}}";
    }

    static final String SCALARS = "{\"$scalars\":true}";

    static String with(String relation, String selection) {
        return "{\"$scalars\":true,\"" + relation + "\":{\"selection\":" + selection + "}}";
    }

    String sql(String query) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    out.append(i > 1 ? "," : "").append(rs.getString(i));
                }
                out.append(';');
            }
        }
        return out.toString();
    }

    int userId(String email) throws Exception {
        return Integer.parseInt(sql("SELECT \"id\" FROM \"User\" WHERE \"email\" = '" + email + "'").replace(";", ""));
    }

}
