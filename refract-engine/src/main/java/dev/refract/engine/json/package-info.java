/**
 * A small dependency-free JSON parser and writer ({@link dev.refract.engine.json.Json}) for
 * Prisma's JSON protocol documents and results: objects are LinkedHashMaps, arrays ArrayLists,
 * numbers BigDecimals with their exact digits.
 */
package dev.refract.engine.json;
