/**
 * Token flows for Jakarta REST: {@link dev.esi4j.jaxrs.TokenRequired}, {@link dev.esi4j.jaxrs.TokensRequired} and
 * {@link dev.esi4j.jaxrs.SingleUseToken} on resource methods, the request-scoped holders
 * {@link dev.esi4j.jaxrs.CurrentToken} and {@link dev.esi4j.jaxrs.CurrentTokens}, and the SSO resource base class
 * the application subclasses to choose its path. See {@code docs/token-flows.md}.
 */
package dev.esi4j.jaxrs;
