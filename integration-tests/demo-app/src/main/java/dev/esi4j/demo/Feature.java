package dev.esi4j.demo;

import java.util.List;

/**
 * One esi4j feature shown on the home page, with the page that demonstrates it.
 *
 * @param name        short name
 * @param description one sentence
 * @param path        page path relative to the context root
 */
record Feature(String name, String description, String path) {

    /** @return every feature of the demo, in display order */
    static List<Feature> all() {
        return List.of(
                new Feature("Server status", "A public ESI call: GetStatus, no token needed.", "status"),
                new Feature("Configuration", "The validated EsiConfig read from MicroProfile Config, secrets redacted.",
                        "config"),
                new Feature("Log in with EVE Online", "EVE SSO v2 with PKCE, through the bundled simulator.", "login"),
                new Feature("My character", "A page guarded by @TokenRequired: skills and wallet.", "character"),
                new Feature("All my characters", "@TokensRequired: one row per stored token.", "characters"),
                new Feature("One-off lookup", "@SingleUseToken: a token used once and never stored.", "lookup"),
                new Feature("Localized names", "resultsLocalized(): type names in every ESI language.", "names"),
                new Feature("Market orders", "results() over X-Pages: every page fetched and merged.", "market"),
                new Feature("Token selection", "With two characters, @TokenRequired asks which one to use.", "character"),
                new Feature("Cleanup jobs", "EJB timers removing stale callback state and dead tokens.", "cleanup"));
    }
}
