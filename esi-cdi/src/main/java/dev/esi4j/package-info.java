/**
 * The esi4j client API: {@code EsiClient}, requests, responses and the exception hierarchy rooted at
 * {@link dev.esi4j.EsiException}.
 */
package dev.esi4j;
