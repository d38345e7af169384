package dev.esi4j.internal.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiException;
import dev.esi4j.EsiRequest;
import dev.esi4j.EsiSpecException;
import dev.esi4j.EsiTag;
import dev.esi4j.internal.engine.CallOptions;
import dev.esi4j.internal.engine.CallSpec;
import dev.esi4j.spec.EsiSpec;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecTag;

/** The {@link EsiClient} implementation. */
public final class DefaultEsiClient implements EsiClient {

    private final ClientRuntime rt;
    private final Dates dates;
    private final AutoCloseable resources;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param rt        runtime
     * @param dates     compatibility-date rules
     * @param resources released by {@link #close()}
     */
    public DefaultEsiClient(ClientRuntime rt, Dates dates, AutoCloseable resources) {
        this.rt = rt;
        this.dates = dates;
        this.resources = resources;
    }

    @Override
    public EsiRequest operation(String idOrAlias) {
        return operation(idOrAlias, Map.of());
    }

    @Override
    public EsiRequest operation(String idOrAlias, Map<String, ?> params) {
        if (closed.get()) {
            throw new EsiException("the ESI client is closed");
        }
        SpecOperation op = find(idOrAlias);
        dates.check(op);
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) params;
        return new DefaultEsiRequest(rt, new CallSpec(op, p, null, null, null, CallOptions.DEFAULT, Map.of()),
                null, null);
    }

    private SpecOperation find(String idOrAlias) {
        EsiSpec spec = spec();
        return spec.operation(idOrAlias).orElseThrow(() -> new EsiSpecException("unknown operation '" + idOrAlias
                + "' in " + spec.title() + " " + spec.version() + "; list them with esi.operations()"));
    }

    @Override
    public EsiTag tag(String name) {
        SpecTag tag = spec().tag(name).orElseThrow(() -> new EsiSpecException("unknown tag '" + name + "'; tags are "
                + spec().tags().stream().map(SpecTag::name).toList()));
        return new EsiTag() {
            @Override
            public String name() {
                return tag.name();
            }

            @Override
            public List<SpecOperation> operations() {
                return tag.operations();
            }

            @Override
            public EsiRequest operation(String idOrAlias) {
                SpecOperation op = find(idOrAlias);
                if (!op.tags().contains(tag.name())) {
                    throw new EsiSpecException("operation " + op.id() + " is not in tag " + tag.name()
                            + " but in " + op.tags());
                }
                return DefaultEsiClient.this.operation(op.id());
            }
        };
    }

    @Override
    public List<SpecTag> tags() {
        return spec().tags();
    }

    @Override
    public List<SpecOperation> operations() {
        return spec().operations();
    }

    @Override
    public String describe(String idOrAlias) {
        return find(idOrAlias).describe();
    }

    @Override
    public EsiSpec spec() {
        return rt.spec().get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                resources.close();
            } catch (Exception e) {
                throw new EsiException("closing the ESI client failed", e);
            }
        }
    }

    /** Compatibility-date rules per tag (MISSION 4.3). */
    public record Dates(LocalDate date, Map<String, LocalDate> overrides) {

        void check(SpecOperation op) {
            if (op.compatibilityDate() == null) {
                return;
            }
            LocalDate effective = op.tags().stream().map(overrides::get).filter(d -> d != null).findFirst()
                    .orElse(date);
            if (LocalDate.parse(op.compatibilityDate()).isAfter(effective)) {
                throw new EsiSpecException(op.id() + " needs compatibility date " + op.compatibilityDate()
                        + " or later, but its tag " + op.tags() + " uses " + effective);
            }
        }
    }
}
