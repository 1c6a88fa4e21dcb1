/**
 * Connecting as Prisma connects. Entry points:
 * <ul>
 *   <li>{@link dev.refract.engine.connect.DatasourceUrl#parse} reads a Prisma datasource URL
 *       ({@code postgresql://}, {@code file:}, {@code mysql://}) with Prisma's parameters and
 *       defaults into a JDBC URL and driver properties; bad URLs are P1013.</li>
 *   <li>{@link dev.refract.engine.connect.ConnectionPool#open} builds the HikariCP pool
 *       ({@code connection_limit}, {@code pool_timeout}...) and checks one connection;
 *       {@link dev.refract.engine.connect.ConnectionPool#of} wraps an application's data source.</li>
 *   <li>{@link dev.refract.engine.connect.SqlErrors#translate} maps any {@code SQLException} to
 *       Prisma's code, message and meta (P1000, P1001, P1003, P1017, P2002, P2003, P2011, P2021,
 *       P2022, P2024, P2034, else P2010), keeping the SQL and bindings.</li>
 *   <li>{@link dev.refract.engine.connect.DotEnv#load} gives the environment lookup (process
 *       environment, then {@code .env} files) that resolves {@code env("DATABASE_URL")}.</li>
 * </ul>
 */
package dev.refract.engine.connect;
