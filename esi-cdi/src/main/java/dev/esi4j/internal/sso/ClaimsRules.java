package dev.esi4j.internal.sso;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.JwtValidationException;
import dev.esi4j.token.Token;

/**
 * The claim checks of an EVE SSO access token (MISSION 2.4; cases B10, B11, B15, B27, B51).
 * <ul>
 * <li>{@code iss} equals one of {@code login.eveonline.com}, {@code https://login.eveonline.com},
 * {@code https://login.eveonline.com/}, or the same three forms of the configured {@code esi.sso.base-url} (for a
 * simulator). Exact string comparison: no prefixes, no look-alikes.</li>
 * <li>{@code aud} contains the configured audience ({@code EVE Online}) and the client id. The only exception is
 * the 2022 form, a sole {@code "EVE Online"} audience, accepted when {@code azp} names this client. An {@code azp}
 * naming another client is always refused.</li>
 * <li>{@code exp} required and in the future, give or take the leeway; {@code nbf}, when present, likewise.</li>
 * <li>{@code sub} is {@code CHARACTER:EVE:<id>} or {@code CORPORATION:EVE:<id>} (case-insensitive prefix); the id
 * is a positive 64-bit number.</li>
 * <li>{@code owner} and {@code name} are present; {@code scp} is a string or an array of strings.</li>
 * </ul>
 */
public final class ClaimsRules {

    private static final Pattern SUBJECT =
            Pattern.compile("(CHARACTER|CORPORATION):EVE:([1-9][0-9]{0,18})", Pattern.CASE_INSENSITIVE);
    private static final List<String> EVE_ISSUERS =
            List.of("login.eveonline.com", "https://login.eveonline.com", "https://login.eveonline.com/");

    private final String clientId;
    private final String audience;
    private final Set<String> issuers;
    private final Duration leeway;
    private final Clock clock;

    /**
     * @param config client id, audience, base URL, leeway
     * @param clock  the clock
     */
    public ClaimsRules(EsiConfig config, Clock clock) {
        this.clientId = config.ssoClientId().orElse(null);
        this.audience = config.jwtAudience();
        this.issuers = acceptedIssuers(config.ssoBaseUrl());
        this.leeway = config.jwtLeeway();
        this.clock = clock;
    }

    /**
     * @param base the configured SSO base URL
     * @return the exact issuer strings accepted
     */
    static Set<String> acceptedIssuers(URI base) {
        Set<String> accepted = new LinkedHashSet<>(EVE_ISSUERS);
        String text = base.toString().replaceAll("/+$", "");
        accepted.add(text);
        accepted.add(text + "/");
        String path = base.getRawPath();
        if (base.getRawAuthority() != null && (path == null || path.isEmpty() || "/".equals(path))) {
            accepted.add(base.getRawAuthority());
        }
        return Set.copyOf(accepted);
    }

    /**
     * @param claims the signed claims
     * @return the validated claims
     * @throws ParseException         when a claim has the wrong JSON type
     * @throws JwtValidationException naming the failed check
     */
    public AccessTokenClaims check(JWTClaimsSet claims) throws ParseException {
        String issuer = claims.getStringClaim("iss");
        if (issuer == null || !issuers.contains(issuer)) {
            throw new JwtValidationException("access token issuer '" + SsoFailures.sanitize(issuer)
                    + "' is not EVE SSO");
        }
        List<String> aud = claims.getAudience();
        String azp = claims.getStringClaim("azp");
        checkAudience(aud, azp);
        Instant expiresAt = checkTimes(claims);
        Matcher subject = SUBJECT.matcher(nonNull(claims.getStringClaim("sub"), "sub"));
        if (!subject.matches()) {
            throw new JwtValidationException("access token subject is not CHARACTER:EVE:<id>");
        }
        long id;
        try {
            id = Long.parseLong(subject.group(2));
        } catch (NumberFormatException e) {
            throw new JwtValidationException("access token subject id is out of range");
        }
        Token.TokenType type = Token.TokenType.valueOf(subject.group(1).toUpperCase(Locale.ROOT));
        String name = nonNull(claims.getStringClaim("name"), "name");
        String owner = nonNull(claims.getStringClaim("owner"), "owner");
        Set<String> scopes = scopes(claims.getClaim("scp"));
        Date iat = claims.getIssueTime();
        return new AccessTokenClaims(id, name, owner, scopes, type, issuer, aud, azp,
                iat == null ? null : iat.toInstant(), expiresAt);
    }

    private void checkAudience(List<String> aud, String azp) {
        if (clientId == null) {
            throw new JwtValidationException("no client id configured to check the audience against");
        }
        if (azp != null && !azp.equals(clientId)) {
            throw new JwtValidationException("access token was issued to another client (azp)");
        }
        if (!aud.contains(audience)) {
            throw new JwtValidationException("access token audience lacks '" + audience + "'");
        }
        boolean legacySingle = aud.size() == 1 && clientId.equals(azp);
        if (!aud.contains(clientId) && !legacySingle) {
            throw new JwtValidationException("access token audience lacks this client id");
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new JwtValidationException("access token has no exp");
        }
        Instant now = clock.instant();
        if (now.isAfter(exp.toInstant().plus(leeway))) {
            throw new JwtValidationException("access token expired at " + exp.toInstant());
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minus(leeway))) {
            throw new JwtValidationException("access token is not valid before " + nbf.toInstant());
        }
        return exp.toInstant();
    }

    private static String nonNull(String value, String claim) {
        if (value == null || value.isBlank()) {
            throw new JwtValidationException("access token has no " + claim);
        }
        return value;
    }

    private static Set<String> scopes(Object scp) {
        if (scp == null) {
            return Set.of();
        }
        try {
            if (scp instanceof String text) {
                return ScopeNames.normalize(List.of(text));
            }
            if (scp instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) list;
                return ScopeNames.normalize(names);
            }
        } catch (IllegalArgumentException e) {
            throw new JwtValidationException("access token scp holds an invalid scope name");
        }
        throw new JwtValidationException("access token scp is neither a string nor an array of strings");
    }
}
