package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.Fault;
import dev.esi4j.simulator.RecordedRequest;
import dev.esi4j.simulator.internal.esi.EsiService;
import dev.esi4j.simulator.internal.sso.SsoService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Routes a request to the SSO or ESI side, applies faults and records it in the journal. */
public final class Dispatcher {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final EsiService esi;
    private final SsoService sso;
    private final FaultRegistry faults;
    private final JournalImpl journal;
    private final Clock clock;

    /**
     * @param esi     ESI side
     * @param sso     SSO side
     * @param faults  installed faults
     * @param journal request journal
     * @param clock   time source of the Date header
     */
    public Dispatcher(EsiService esi, SsoService sso, FaultRegistry faults, JournalImpl journal, Clock clock) {
        this.clock = clock;
        this.esi = esi;
        this.sso = sso;
        this.faults = faults;
        this.journal = journal;
    }

    /** Marks the request of the outcome as answered (for concurrency-dependent faults). */
    public void done(Outcome outcome) {
        faults.end(outcome.target());
    }

    /** @return the answer and its delivery */
    public Outcome dispatch(SimRequest req) {
        String ssoPath = req.path().length() > 1 && req.path().endsWith("/")
                ? req.path().substring(0, req.path().length() - 1) : req.path();
        boolean isSso = SsoService.handles(ssoPath);
        SimRequest routed = isSso ? req.withPath(ssoPath) : req;
        Target target = isSso ? new Target(ssoPath, ssoPath, null) : esi.target(req);
        faults.begin(target);
        try {
            return decide(req, routed, isSso, target);
        } catch (RuntimeException e) {
            faults.end(target);
            throw e;
        }
    }

    private Outcome decide(SimRequest req, SimRequest routed, boolean isSso, Target target) {
        Fault fault = faults.take(target, record(req, target, 0));
        SimResponse resp = answer(routed, isSso, fault);
        if (!isSso && resp.status() > 0) {
            esi.finish(req, resp);
        }
        if (resp.status() > 0) {
            resp.header("Date", HTTP_DATE.format(clock.instant()));
        }
        if (fault != null) {
            fault.removedHeaders().forEach(resp::removeHeader);
            fault.headers().forEach(resp::header);
        }
        journal.add(record(req, target, resp.status()), target);
        return new Outcome(resp, fault, target);
    }

    private SimResponse answer(SimRequest req, boolean isSso, Fault fault) {
        if (fault != null && fault.kind() == Fault.Kind.RESPOND) {
            return SimResponse.text(fault.status(), fault.contentType(), fault.body());
        }
        if (fault != null && fault.kind() == Fault.Kind.RESET) {
            return new SimResponse(0);
        }
        return isSso ? sso.answer(req) : esi.answer(req);
    }

    private static RecordedRequest record(SimRequest req, Target target, int status) {
        String op = target.operationId() != null ? target.operationId() : target.template();
        return new RecordedRequest(req.method(), req.path(), req.rawQuery(), req.query(), req.headers(),
                req.bodyText(), req.time(), op, status, req.protocol());
    }
}
