/**
 * Internal: requirement model, deployment-time checks, CDI extension, interceptor and request holder of the token
 * flows. No compatibility guarantee.
 */
package dev.esi4j.jaxrs.internal;
