package dev.esi4j.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that walks redirect chains hop by hop across the demo and the simulator's SSO, as a
 * browser does, and remembers every URL it visited.
 */
final class FlowBrowser {

    /** Redirect hops allowed in one chain. */
    static final int MAX_HOPS = 12;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The end of a redirect chain.
     *
     * @param uri     the URL that answered last
     * @param status  its status
     * @param body    its body
     * @param visited every URL of the chain, in order
     */
    record Page(URI uri, int status, String body, List<URI> visited) {

        /** @return whether some hop of the chain went to that path */
        boolean passedThrough(String path) {
            return visited.stream().anyMatch(u -> u.getPath().endsWith(path));
        }

        /**
         * @param pattern a pattern with one group
         * @return the group's first match in the body
         */
        String find(Pattern pattern) {
            Matcher m = pattern.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no match for " + pattern + " in " + uri + " (" + status + "): " + body);
            }
            return m.group(1);
        }
    }

    /** @return the page at the end of the redirect chain starting with a GET of that URL */
    Page open(String url) {
        return follow(get(URI.create(url)), new ArrayList<>(List.of(URI.create(url))));
    }

    /** @return the page at the end of the redirect chain starting with a form POST */
    Page submit(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return follow(send(post), new ArrayList<>(List.of(URI.create(url))));
    }

    private Page follow(HttpResponse<String> first, List<URI> visited) {
        HttpResponse<String> response = first;
        for (int hop = 0; hop < MAX_HOPS && isRedirect(response.statusCode()); hop++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            visited.add(next);
            response = get(next);
        }
        return new Page(response.uri(), response.statusCode(), response.body(), List.copyOf(visited));
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
