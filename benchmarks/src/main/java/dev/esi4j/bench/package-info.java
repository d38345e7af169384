/**
 * esi4j benchmarks: JMH benchmarks for the micro figures and a small harness ({@link dev.esi4j.bench.BenchmarkMain})
 * that runs every scenario against the ESI/SSO simulator on loopback, next to its peers (the raw JDK
 * {@code HttpClient}, {@code net.troja.eve:eve-esi}, a sequential page loop), and writes {@code docs/benchmarks.md}.
 */
package dev.esi4j.bench;
