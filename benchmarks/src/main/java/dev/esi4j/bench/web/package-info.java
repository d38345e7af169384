/**
 * The benchmark WAR deployed on Payara Micro by {@link dev.esi4j.bench.PayaraScenario}: one resource with and one
 * without {@code @TokenRequired}, EVE SSO as the login, tokens in esi-cdi's in-memory store.
 */
package dev.esi4j.bench.web;
