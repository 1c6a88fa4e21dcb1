/**
 * The runtime that generated Refract clients share: typed filter builders per scalar type
 * ({@link dev.refract.client.StringFilter}, {@link dev.refract.client.IntFilter}, ...), order,
 * selection and write builders that produce the engine's IR directly, the record base with its
 * "not loaded: include it" check ({@link dev.refract.client.NotLoadedException}), and the model
 * delegate base that runs queries. Generated code extends these, so it stays small.
 */
package dev.refract.client;
