package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EsiPagingTest {

    static final String TOKEN_SCOPE = "esi-assets.read_assets.v1";
    static final long ALPHA = SimCharacter.PILOT_ALPHA.id();

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .pages("GetCharactersCharacterIdAssets", 3, 4));

    private static HttpResponse<String> assets(EsiSimulator sim, String query) {
        return Http.get(sim, "/characters/" + ALPHA + "/assets" + query, "Authorization",
                "Bearer " + sim.sso().accessToken(ALPHA, TOKEN_SCOPE));
    }

    @Test
    void configuredPages_announceXPagesAndDifferentData(EsiSimulator sim) {
        HttpResponse<String> p1 = assets(sim, "?page=1");
        HttpResponse<String> p3 = assets(sim, "?page=3");
        assertThat(p1.headers().firstValue("X-Pages")).hasValue("3");
        assertThat(((JsonArray) Http.json(p1.body()))).hasSize(4);
        assertThat(p3.body()).isNotEqualTo(p1.body());
        assertThat(assets(sim, "").body()).as("no page means page 1").isEqualTo(p1.body());
    }

    @Test
    void pageBeyondLast_is404_b29(EsiSimulator sim) {
        HttpResponse<String> r = assets(sim, "?page=4");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Requested page does not exist");
    }

    @Test
    void badPage_is400(EsiSimulator sim) {
        assertThat(assets(sim, "?page=zero").statusCode()).isEqualTo(400);
        assertThat(assets(sim, "?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void controlPages_changesPageCountAtRuntime(EsiSimulator sim) {
        sim.esi().pages("GetMarketsRegionIdHistory", 1, 2);
        sim.esi().pages("GetCharactersCharacterIdAssets", 5, 1);
        assertThat(assets(sim, "?page=5").headers().firstValue("X-Pages")).hasValue("5");
        sim.esi().pages("GetCharactersCharacterIdAssets", 3, 4);
    }

    @Test
    void newSnapshot_changesLastModifiedAndData_b30(EsiSimulator sim) {
        HttpResponse<String> before = assets(sim, "?page=1");
        sim.esi().newSnapshot("GetCharactersCharacterIdAssets");
        HttpResponse<String> after = assets(sim, "?page=1");
        assertThat(after.body()).isNotEqualTo(before.body());
        assertThat(after.headers().firstValue("Last-Modified"))
                .isNotEqualTo(before.headers().firstValue("Last-Modified"));
    }

    @Test
    void cursorPagination_walksForwardAndBackward(EsiSimulator sim) {
        sim.esi().pages("GetFreelanceJobsListing", 3, 10);
        JsonObject newest = Http.json(Http.get(sim, "/freelance-jobs?limit=10").body()).asJsonObject();
        assertThat(newest.getJsonArray("freelance_jobs")).hasSize(10);
        List<JsonObject> all = new ArrayList<>();
        String after = "0";
        for (int i = 0; i < 5; i++) {
            JsonObject page = Http.json(Http.get(sim, "/freelance-jobs?limit=10&after=" + after).body()).asJsonObject();
            JsonArray jobs = page.getJsonArray("freelance_jobs");
            jobs.forEach(j -> all.add(j.asJsonObject()));
            after = page.getJsonObject("cursor").getString("after");
            if (jobs.isEmpty()) {
                break;
            }
        }
        assertThat(all).hasSize(30);
        assertThat(all.subList(20, 30)).isEqualTo(newest.getJsonArray("freelance_jobs"));
        String before = newest.getJsonObject("cursor").getString("before");
        JsonObject older = Http.json(Http.get(sim, "/freelance-jobs?limit=10&before=" + before).body()).asJsonObject();
        assertThat(older.getJsonArray("freelance_jobs")).isEqualTo(all.subList(10, 20));
    }

    @Test
    void cursorBeforeAndAfterTogether_is400(EsiSimulator sim) {
        assertThat(Http.get(sim, "/freelance-jobs?before=0&after=0").statusCode()).isEqualTo(400);
    }

    @Test
    void fromId_walksBackByTransactionId(EsiSimulator sim) {
        String token = sim.sso().accessToken(ALPHA, "esi-wallet.read_character_wallet.v1");
        String path = "/characters/" + ALPHA + "/wallet/transactions";
        JsonArray first = Http.json(Http.get(sim, path, "Authorization", "Bearer " + token).body()).asJsonArray();
        assertThat(first).isNotEmpty();
        long last = first.getJsonObject(first.size() - 1).getJsonNumber("transaction_id").longValue();
        JsonArray next = Http.json(Http.get(sim, path + "?from_id=" + (last + 1), "Authorization", "Bearer " + token)
                .body()).asJsonArray();
        assertThat(next.getJsonObject(0).getJsonNumber("transaction_id").longValue()).isEqualTo(last);
    }
}
