/**
 * Simulator internals: HTTP wiring, request pipeline, fault registry and journal.
 * No compatibility guarantee: anything here may change in any release.
 */
package dev.esi4j.simulator.internal;
