/**
 * Starts the esi4j demo on this machine: the ESI/SSO simulator plus Payara Micro with the demo WAR. Build tooling,
 * not a library: no compatibility guarantee.
 */
package dev.esi4j.demo.launcher;
