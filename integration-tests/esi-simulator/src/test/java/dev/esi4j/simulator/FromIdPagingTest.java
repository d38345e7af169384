package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** from_id lists are finite: pages x page size items, walked downwards, then an empty page. */
class FromIdPagingTest {

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    @Test
    void walletTransactions_endAfterConfiguredItems(EsiSimulator sim) {
        sim.esi().pages("GetCharactersCharacterIdWalletTransactions", 2, 3);
        long pilot = SimCharacter.PILOT_ALPHA.id();
        String bearer = "Bearer " + sim.sso().accessToken(pilot, "esi-wallet.read_character_wallet.v1");
        String path = "/characters/" + pilot + "/wallet/transactions";
        List<Long> ids = new ArrayList<>();
        String query = "";
        for (int call = 0; call < 10; call++) {
            HttpResponse<String> r = Http.get(sim, path + query, "Authorization", bearer);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonArray page = Http.json(r.body()).asJsonArray();
            if (page.isEmpty()) {
                break;
            }
            for (JsonValue v : page) {
                ids.add(v.asJsonObject().getJsonNumber("transaction_id").longValue());
            }
            query = "?from_id=" + ids.get(ids.size() - 1);
        }
        assertThat(ids).hasSize(6).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }
}
