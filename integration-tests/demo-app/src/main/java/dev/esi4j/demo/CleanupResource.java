package dev.esi4j.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.CleanupJobs;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.token.TokenService;

/**
 * The cleanup jobs of esi-scheduler: their timers (schedules from MicroProfile Config), the latest runs, and a
 * button that runs a job now through {@link CleanupJobs}, as application code may.
 */
@Path("cleanup")
@RequestScoped
public class CleanupResource {

    @Inject
    EsiConfig config;

    @Inject
    CleanupLog log;

    @Inject
    CleanupJobs jobs;

    @Inject
    TokenService tokens;

    @Inject
    Pages pages;

    @Context
    UriInfo uriInfo;

    @Inject
    HttpServletRequest request;

    /** @return the jobs and their latest runs */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String show() {
        String timers = Html.table(List.of(
                new String[] {"callback-redirects", timer(config.cleanupCallbackRedirectsEnabled(),
                        config.cleanupCallbackRedirectsSchedule())},
                new String[] {"tokens", timer(config.cleanupTokensEnabled(), config.cleanupTokensSchedule())},
                new String[] {"Cluster lease", Html.esc(jobs.leaseDescription())},
                new String[] {"Stored tokens", "<span id=\"tokens-total\">" + tokens.tokens().count() + "</span>"},
                new String[] {"Tokens without owner", "<span id=\"tokens-ownerless\">"
                        + tokens.tokens().withoutOwner().count() + "</span>"}));
        StringBuilder rows = new StringBuilder();
        for (CleanupRun run : log.latest()) {
            rows.append("<tr><td>").append(Html.esc(run.job().key())).append("</td><td>")
                    .append(Html.esc(run.startedAt())).append("</td><td>").append(run.duration().toMillis())
                    .append(" ms</td><td>").append(run.removed()).append("</td><td>").append(run.refreshed())
                    .append("</td><td>").append(run.failures()).append("</td></tr>");
        }
        String body = "<section class=\"panel\" aria-labelledby=\"timers\"><h2 id=\"timers\">Timers</h2>" + timers
                + "<form method=\"post\" action=\"cleanup\" class=\"inline\">" + pages.csrfField()
                + "<button type=\"submit\" name=\"job\" value=\"callback-redirects\">Clean callback state now</button> "
                + "<button type=\"submit\" name=\"job\" value=\"tokens\">Clean tokens now</button></form></section>"
                + "<table class=\"grid\" id=\"runs\"><caption>Latest runs (<span id=\"run-count\">"
                + log.latest().size() + "</span>)</caption><thead><tr><th scope=\"col\">Job</th>"
                + "<th scope=\"col\">Started</th><th scope=\"col\">Took</th><th scope=\"col\">Removed</th>"
                + "<th scope=\"col\">Refreshed</th><th scope=\"col\">Failures</th></tr></thead><tbody>" + rows
                + "</tbody></table>";
        return pages.render("cleanup", "Cleanup jobs", body);
    }

    /**
     * @param job  {@code callback-redirects} or {@code tokens}
     * @param csrf the form's token
     * @return back to the page, which lists the run
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@FormParam("job") String job, @FormParam(DemoCsrf.FIELD) String csrf) {
        if (!DemoCsrf.valid(request, csrf)) {
            return DemoCsrf.refused();
        }
        if (job == null || job.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("no cleanup job given (known: callback-redirects, tokens)").build();
        }
        Optional<CleanupJob> chosen = Arrays.stream(CleanupJob.values()).filter(j -> j.key().equals(job)).findFirst();
        if (chosen.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("unknown cleanup job '" + job + "' (known: callback-redirects, tokens)").build();
        }
        jobs.run(chosen.get());
        return Response.seeOther(uriInfo.getBaseUriBuilder().path("cleanup").build()).build();
    }

    private static String timer(boolean enabled, String schedule) {
        return enabled ? "on, schedule <code>" + Html.esc(schedule) + "</code>" : "off";
    }
}
