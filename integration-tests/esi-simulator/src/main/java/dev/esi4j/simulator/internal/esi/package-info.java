/**
 * Simulator internals for the ESI side: spec catalog, data generation, paging, caching and limits.
 * No compatibility guarantee: anything here may change in any release.
 */
package dev.esi4j.simulator.internal.esi;
