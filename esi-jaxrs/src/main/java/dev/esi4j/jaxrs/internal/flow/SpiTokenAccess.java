package dev.esi4j.jaxrs.internal.flow;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.esi4j.sso.SsoTokens;
import dev.esi4j.sso.SsoUnavailableException;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenService;

/** {@link TokenAccess} over the token SPI's {@link TokenService}. */
public final class SpiTokenAccess implements TokenAccess {

    private static final System.Logger LOG = System.getLogger(SpiTokenAccess.class.getName());

    private final TokenService service;

    /**
     * @param service the token service
     */
    public SpiTokenAccess(TokenService service) {
        this.service = service;
    }

    @Override
    public List<Token> validTokens(String owner, Set<String> scopes) {
        return service.tokens().forOwner(owner).requireScopes(scopes).requireValid();
    }

    @Override
    public Optional<Token> validated(Token token) {
        try {
            return service.refreshOrDelete(token);
        } catch (SsoUnavailableException e) {
            LOG.log(Level.DEBUG, "token {0} kept but not usable now: SSO unavailable", token.id().orElse(null));
            return Optional.empty();
        }
    }

    @Override
    public Optional<Token> findById(long id) {
        return service.findOptionalById(id);
    }

    @Override
    public Token saveLogin(SsoTokens tokens, String owner) {
        return service.saveLogin(tokens, owner);
    }

    @Override
    public void delete(Token token) {
        service.delete(token);
    }
}
