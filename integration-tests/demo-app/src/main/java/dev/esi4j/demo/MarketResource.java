package dev.esi4j.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiResponse;

/**
 * Market orders of The Forge: {@code results()} reads {@code X-Pages} from the first page, fetches the others
 * concurrently and merges them into one array of one snapshot.
 */
@Path("market")
@RequestScoped
public class MarketResource {

    /** The Forge. */
    static final long REGION = 10000002L;

    @Inject
    EsiClient esi;

    @Inject
    Pages pages;

    /** @return totals and the cheapest sell orders */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String show() {
        EsiResponse response = esi.operation("GetMarketsRegionIdOrders")
                .params(Map.of("region_id", REGION, "order_type", "all")).withResponse().results();
        List<JsonObject> orders = response.data().asJsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> cheapest = orders.stream().filter(o -> !o.getBoolean("is_buy_order", false))
                .sorted(Comparator.comparingDouble(o -> o.getJsonNumber("price").doubleValue())).limit(10).toList();
        StringBuilder rows = new StringBuilder();
        for (JsonObject order : cheapest) {
            rows.append("<tr><td>").append(order.getJsonNumber("type_id")).append("</td><td>")
                    .append(order.getJsonNumber("price")).append("</td><td>")
                    .append(order.getJsonNumber("volume_remain")).append("</td></tr>");
        }
        String body = "<p class=\"lead\"><span id=\"order-count\">" + orders.size() + "</span> orders from "
                + "<span id=\"page-count\">" + response.pages() + "</span> pages of region " + REGION
                + ", Last-Modified " + Html.esc(response.header("Last-Modified").orElse("?")) + ".</p>"
                + "<table class=\"grid\" id=\"cheapest\"><caption>Cheapest sell orders</caption><thead><tr>"
                + "<th scope=\"col\">Type</th><th scope=\"col\">Price (ISK)</th><th scope=\"col\">Remaining</th>"
                + "</tr></thead><tbody>" + rows + "</tbody></table>";
        return pages.render("market", "Market orders", body);
    }
}
