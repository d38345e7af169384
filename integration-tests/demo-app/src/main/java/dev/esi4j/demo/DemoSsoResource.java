package dev.esi4j.demo;

import jakarta.ws.rs.Path;

import dev.esi4j.jaxrs.SsoResource;

/**
 * The demo's opt-in to esi4j's SSO endpoints below {@code /sso}: {@code login}, {@code callback} (the URL
 * registered as {@code esi.sso.callback-url}) and {@code select} (the token-selection page).
 */
@Path("sso")
public class DemoSsoResource extends SsoResource {
}
