package dev.refract.engine;

/**
 * The isolation level of a {@link QueryEngine#transaction transaction}, by Prisma's names
 * ({@code Prisma.TransactionIsolationLevel}). PostgreSQL supports the first four; SQLite only
 * {@link #SERIALIZABLE} (it has no other); {@link #SNAPSHOT} is SQL Server's. Asking for a level
 * the database does not have is refused before the transaction starts (P2028).
 */
public enum IsolationLevel {
    READ_UNCOMMITTED("ReadUncommitted", "READ UNCOMMITTED"),
    READ_COMMITTED("ReadCommitted", "READ COMMITTED"),
    REPEATABLE_READ("RepeatableRead", "REPEATABLE READ"),
    SERIALIZABLE("Serializable", "SERIALIZABLE"),
    SNAPSHOT("Snapshot", "SNAPSHOT");

    private final String prismaName;
    private final String sql;

    IsolationLevel(String prismaName, String sql) {
        this.prismaName = prismaName;
        this.sql = sql;
    }

    /** Prisma's name: {@code ReadCommitted}... */
    public String prismaName() {
        return prismaName;
    }

    /** The level as SQL writes it: {@code READ COMMITTED}... */
    public String sql() {
        return sql;
    }

    /** The level with Prisma's name {@code name}. */
    public static IsolationLevel ofPrismaName(String name) {
        for (IsolationLevel level : values()) {
            if (level.prismaName.equals(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown isolation level `" + name + "`");
    }
}
