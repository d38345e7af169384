package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransportTest {

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .pages("GetMarketsRegionIdOrders", 20, 50));

    @Test
    void http2Client_multiplexesPagesOverOneConnection_b44(EsiSimulator sim) {
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        Http.send(h2, HttpRequest.newBuilder(sim.uri("/markets/10000003/orders?page=1")).build());
        List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
        for (int p = 2; p <= 20; p++) {
            pages.add(h2.sendAsync(HttpRequest.newBuilder(sim.uri("/markets/10000003/orders?page=" + p))
                    .header("X-Compatibility-Date", Http.DATE).build(), HttpResponse.BodyHandlers.ofString()));
        }
        pages.forEach(f -> assertThat(f.join().statusCode()).isEqualTo(200));
        assertThat(sim.connections().total()).isEqualTo(1);
        assertThat(sim.journal().requests("GetMarketsRegionIdOrders")).extracting(RecordedRequest::protocol)
                .containsOnly("HTTP/2.0");
    }

    @Test
    void http1Client_isRecordedAsHttp11(EsiSimulator sim) {
        HttpClient h1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Http.send(h1, HttpRequest.newBuilder(sim.uri("/status")).build());
        assertThat(sim.journal().last().protocol()).isEqualTo("HTTP/1.1");
        assertThat(sim.connections().open()).isPositive();
    }

    @Test
    void head_answersHeadersWithoutBody(EsiSimulator sim) {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(sim.uri("/markets/10000003/orders"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Pages")).hasValue("20");
        assertThat(r.body()).isEmpty();
    }
}
