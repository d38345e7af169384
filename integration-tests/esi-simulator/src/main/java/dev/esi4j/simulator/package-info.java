/**
 * A local ESI and EVE SSO simulator for tests and benchmarks.
 *
 * <p>Start it from Java with {@link dev.esi4j.simulator.EsiSimulator#builder()}, from JUnit 5 with
 * {@link dev.esi4j.simulator.EsiSimulatorExtension}, or standalone with
 * {@link dev.esi4j.simulator.EsiSimulatorMain}. Faults are installed with
 * {@link dev.esi4j.simulator.EsiSimulator#faults()}; every request is recorded in
 * {@link dev.esi4j.simulator.EsiSimulator#journal()}.
 */
package dev.esi4j.simulator;
