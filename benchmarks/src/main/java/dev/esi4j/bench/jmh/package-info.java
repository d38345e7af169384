/** JMH benchmarks; each starts its own simulator in the forked JVM. Run by {@link dev.esi4j.bench.BenchmarkMain}. */
package dev.esi4j.bench.jmh;
