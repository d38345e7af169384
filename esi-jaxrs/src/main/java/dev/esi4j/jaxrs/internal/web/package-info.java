/**
 * Internal: browser-session state of the token flows (return targets, CSRF, hand-offs, pending selections) and
 * server-rendered pages. No compatibility guarantee.
 */
package dev.esi4j.jaxrs.internal.web;
