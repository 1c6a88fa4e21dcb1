/**
 * Prisma's JSON protocol: {@link dev.refract.engine.protocol.ProtocolReader} validates a request
 * against a model of Prisma's query schema (input and output types named as Prisma names them, so
 * errors carry Prisma's messages and meta) and reads it into the query IR.
 */
package dev.refract.engine.protocol;
