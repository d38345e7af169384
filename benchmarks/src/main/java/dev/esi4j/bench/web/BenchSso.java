package dev.esi4j.bench.web;

import jakarta.ws.rs.Path;

import dev.esi4j.jaxrs.SsoResource;

/** The SSO endpoints at {@code /api/sso} (login, callback, selection). */
@Path("sso")
public class BenchSso extends SsoResource {
}
