/** JMH benchmarks of Refract; each figure in BENCHMARKS.md names the command that produced it. */
package dev.refract.bench;
