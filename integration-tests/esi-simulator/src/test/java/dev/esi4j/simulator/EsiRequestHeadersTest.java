package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EsiRequestHeadersTest {

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .clock(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC)));

    private static HttpResponse<String> withoutDate(EsiSimulator sim, String path) {
        return Http.send(HttpRequest.newBuilder(sim.uri(path)).GET().build());
    }

    @Test
    void missingCompatibilityDate_isServedAsOldest(EsiSimulator sim) {
        HttpResponse<String> r = withoutDate(sim, "/status");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Compatibility-Date")).hasValue("2020-01-01");
    }

    @Test
    void compatibilityDate_echoesNewestKnownNotAfterIt(EsiSimulator sim) {
        assertThat(Http.get(sim, "/status", "X-Compatibility-Date", "2025-01-01").headers()
                .firstValue("X-Compatibility-Date")).hasValue("2020-01-01");
        assertThat(Http.get(sim, "/status", "X-Compatibility-Date", "2025-12-20").headers()
                .firstValue("X-Compatibility-Date")).hasValue("2025-12-16");
    }

    @Test
    void futureOrUnparsableCompatibilityDate_is400(EsiSimulator sim) {
        assertThat(Http.get(sim, "/status", "X-Compatibility-Date", "2026-01-02").statusCode()).isEqualTo(400);
        assertThat(Http.get(sim, "/status", "X-Compatibility-Date", "yesterday").statusCode()).isEqualTo(400);
        assertThat(Http.get(sim, "/status", "X-Compatibility-Date", "2019-12-31").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownTenantOrDatasource_is400_b50(EsiSimulator sim) {
        assertThat(Http.get(sim, "/status", "X-Tenant", "singularity").statusCode()).isEqualTo(400);
        assertThat(Http.get(sim, "/status?datasource=singularity").statusCode()).isEqualTo(400);
        assertThat(Http.get(sim, "/status?datasource=tranquility", "X-Tenant", "tranquility").statusCode())
                .isEqualTo(200);
    }

    @Test
    void acceptLanguage_picksRecordedTranslation_b49(EsiSimulator sim) {
        HttpResponse<String> fr = Http.get(sim, "/universe/types/34", "Accept-Language", "de;q=0.5, fr-FR");
        assertThat(fr.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(fr.body()).contains("Il s'agit du principal bloc de construction");
        HttpResponse<String> ja = Http.get(sim, "/universe/regions/10000001", "Accept-Language", "ja");
        assertThat(ja.headers().firstValue("Content-Language")).hasValue("ja");
        HttpResponse<String> en = Http.get(sim, "/universe/types/34");
        assertThat(en.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(en.body()).doesNotContain("Il s'agit");
    }

    @Test
    void languageQueryParameter_winsOverHeaderAndIsValidated_b49(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, "/universe/types/34?language=fr", "Accept-Language", "en");
        assertThat(r.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(Http.get(sim, "/universe/types/34?language=en-us").headers().firstValue("Content-Language"))
                .hasValue("en");
        assertThat(Http.get(sim, "/universe/types/34?language=xx").statusCode()).isEqualTo(400);
    }

    @Test
    void generatedLocalisedData_differsByLanguage(EsiSimulator sim) {
        HttpResponse<String> de = Http.get(sim, "/universe/types/587", "Accept-Language", "de");
        assertThat(de.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(de.body()).contains("[de]");
    }

    @Test
    void legacyPathForms_mapToCurrentOperation_b50(EsiSimulator sim) {
        String body = Http.get(sim, "/status").body();
        for (String legacy : new String[] {"/latest/status/", "/v1/status/", "/dev/status", "/status/",
                "/latest/status/?datasource=tranquility"}) {
            HttpResponse<String> r = Http.get(sim, legacy);
            assertThat(r.statusCode()).as(legacy).isEqualTo(200);
            assertThat(r.body()).as(legacy).isEqualTo(body);
        }
        assertThat(sim.journal().requests("GetStatus")).hasSize(6);
    }

    @Test
    void unknownPath_is404AndWrongMethod_is405(EsiSimulator sim) {
        assertThat(Http.get(sim, "/no/such/route").statusCode()).isEqualTo(404);
        assertThat(Http.post(sim, "/status", "application/json", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void missingRequiredQueryParameter_is400(EsiSimulator sim) {
        assertThat(Http.get(sim, "/markets/10000002/history").statusCode()).isEqualTo(400);
        assertThat(Http.get(sim, "/markets/10000002/history?type_id=34").statusCode()).isEqualTo(200);
    }

    @Test
    void bulkPost_checksBodyShapeAndSize_b52(EsiSimulator sim) {
        assertThat(Http.post(sim, "/universe/names", "application/json", "[30000142,60003760]").statusCode())
                .isEqualTo(200);
        assertThat(Http.post(sim, "/universe/names", "application/json", "{\"ids\":[1]}").statusCode())
                .isEqualTo(400);
        StringBuilder many = new StringBuilder("[1");
        for (int i = 2; i <= 1001; i++) {
            many.append(',').append(i);
        }
        assertThat(Http.post(sim, "/universe/names", "application/json", many + "]").statusCode()).isEqualTo(400);
        assertThat(sim.journal().last().body()).startsWith("[1,2,3");
    }

    @Test
    void http2PriorKnowledge_isServed(EsiSimulator sim) {
        java.net.http.HttpClient h2 = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2).build();
        HttpResponse<String> r;
        try {
            r = h2.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            r = h2.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(r.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
    }
}
