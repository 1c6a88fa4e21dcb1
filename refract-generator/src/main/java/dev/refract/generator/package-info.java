/**
 * The typed Java client generator: {@link dev.refract.generator.ClientGenerator} turns a
 * {@code SchemaModel} into Java sources (JavaPoet), one small emitter per artifact: the embedded
 * schema ({@link dev.refract.generator.SchemaEmitter}), enums ({@link dev.refract.generator.EnumEmitter}),
 * one file per model ({@link dev.refract.generator.ModelEmitter}) and the client class
 * ({@link dev.refract.generator.ClientEmitter}).
 */
package dev.refract.generator;
