package dev.esi4j.docs;

import java.util.List;

import dev.esi4j.EsiClient;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.jaxrs.CurrentToken;
import dev.esi4j.jaxrs.CurrentTokens;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.Tokens;
import dev.esi4j.typed.EsiApi;

/**
 * What documentation snippets may use without declaring: the injected objects an application would have. Snippets
 * that are statements run inside a method of a subclass; member snippets are members of a subclass.
 */
@SuppressWarnings("unused")
public abstract class SnippetBase {
    protected EsiClient esi;
    protected EsiApi api;
    protected EsiConfig config;
    protected SsoClient sso;
    protected Token token;
    protected List<Token> tokenList;
    protected Tokens tokens;
    protected TokenService tokenService;
    protected CurrentToken current;
    protected CurrentTokens currentTokens;
    protected long characterId;
    protected String code;
    protected String accessToken;
    protected String refreshToken;
    protected dev.esi4j.simulator.EsiSimulator sim;
    protected java.time.Instant later;
}
