package dev.esi4j.demo;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.EsiClient;

/**
 * Localized type names: {@code resultsLocalized()} asks ESI once per supported language ({@code Accept-Language})
 * and returns language -&gt; data.
 */
@Path("names")
@RequestScoped
public class NamesResource {

    /** Tritanium and the Dominix. */
    static final List<Integer> TYPES = List.of(34, 645);

    /** Derelik (recorded in English and Japanese). */
    static final int REGION = 10000001;

    @Inject
    EsiClient esi;

    @Inject
    Pages pages;

    /** @return a table of names per language */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String show() {
        StringBuilder body = new StringBuilder("<p class=\"lead\">One call per language with "
                + "<code>GetUniverseTypesTypeId</code>; each answer is cached per language.</p>");
        for (int typeId : TYPES) {
            Map<String, JsonArray> names = esi.operation("GetUniverseTypesTypeId").param("type_id", typeId)
                    .resultsLocalized();
            body.append(table("names-" + typeId, "Type " + typeId, names));
        }
        Map<String, JsonArray> region = esi.operation("GetUniverseRegionsRegionId").param("region_id", REGION)
                .resultsLocalized("en", "ja");
        body.append(table("region-" + REGION, "Region " + REGION, region));
        return pages.render("names", "Localized names", body.toString());
    }

    private static String table(String id, String caption, Map<String, JsonArray> names) {
        StringBuilder table = new StringBuilder("<table class=\"grid\" id=\"").append(id).append("\"><caption>")
                .append(Html.esc(caption)).append("</caption><thead><tr><th scope=\"col\">Language</th>")
                .append("<th scope=\"col\">Name</th></tr></thead><tbody>");
        names.forEach((language, data) -> table.append("<tr><th scope=\"row\">").append(Html.esc(language))
                .append("</th><td lang=\"").append(Html.esc(language)).append("\">").append(Html.esc(name(data)))
                .append("</td></tr>"));
        return table.append("</tbody></table>").toString();
    }

    private static String name(JsonArray data) {
        if (data.isEmpty() || data.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            return "";
        }
        return data.getJsonObject(0).getString("name", "");
    }
}
