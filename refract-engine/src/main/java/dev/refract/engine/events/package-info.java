/**
 * Statement events: {@link dev.refract.engine.events.QueryListener} sees each statement the
 * engine runs ({@link dev.refract.engine.events.QueryEvent}); the same events are logged through
 * SLF4J under the logger {@code dev.refract.engine.query} at debug level.
 */
package dev.refract.engine.events;
