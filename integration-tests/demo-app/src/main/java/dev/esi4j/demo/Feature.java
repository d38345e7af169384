package dev.esi4j.demo;

import java.util.List;

/**
 * One esi4j feature shown on the home page, with the page that demonstrates it (empty until its module lands).
 *
 * @param name        short name
 * @param description one sentence
 * @param path        page path relative to the context root, or empty when not available yet
 */
record Feature(String name, String description, String path) {

    /** @return every feature of the demo, in display order */
    static List<Feature> all() {
        return List.of(
                new Feature("Server status", "A public ESI call: GetStatus, no token needed.", "status"),
                new Feature("Configuration", "The validated EsiConfig read from MicroProfile Config, secrets redacted.",
                        "config"),
                new Feature("Log in with EVE Online", "EVE SSO v2 with PKCE, through the bundled simulator.", ""),
                new Feature("My character", "A page guarded by @TokenRequired: skills and wallet.", ""),
                new Feature("All my characters", "@TokensRequired: one row per stored token.", ""),
                new Feature("One-off lookup", "@SingleUseToken: a token used once and never stored.", ""),
                new Feature("Localized names", "resultsLocalized(): type names in every ESI language.", ""),
                new Feature("Market orders", "results() over X-Pages: every page fetched and merged.", ""),
                new Feature("Token selection", "Choose which character's token a page uses.", ""),
                new Feature("Cleanup jobs", "EJB timers removing stale callback state and dead tokens.", ""));
    }
}
