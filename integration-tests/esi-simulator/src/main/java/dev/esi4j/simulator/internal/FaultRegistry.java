package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.Fault;
import dev.esi4j.simulator.FaultControl;
import dev.esi4j.simulator.FaultRule;
import dev.esi4j.simulator.RecordedRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Installed faults, checked in order; thread-safe. */
public final class FaultRegistry implements FaultControl {

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Target> inFlight = new CopyOnWriteArrayList<>();

    /** Marks a request as in flight (until {@link #end(Target)}). */
    public void begin(Target target) {
        inFlight.add(target);
    }

    /** Marks a request as answered. */
    public void end(Target target) {
        inFlight.remove(target);
    }

    private long inFlight(String target) {
        return inFlight.stream().filter(t -> t.matches(target)).count();
    }

    @Override
    public FaultRule on(String target) {
        return new Rule(Objects.requireNonNull(target, "target"));
    }

    @Override
    public void clear() {
        rules.clear();
    }

    /**
     * Finds the first active matching rule and consumes one use of it.
     *
     * @return the fault to apply, or {@code null}
     */
    public Fault take(Target target, RecordedRequest request) {
        for (Rule rule : rules) {
            Fault f = rule.take(target, request);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private final class Rule implements FaultRule {
        private final String target;
        private Predicate<RecordedRequest> predicate = r -> true;
        private int skip;
        private int concurrentAbove = -1;
        private int remaining = -1;
        private Fault fault;

        Rule(String target) {
            this.target = target;
        }

        @Override
        public FaultRule query(String name, String value) {
            predicate = predicate.and(r -> value.equals(r.param(name)));
            return this;
        }

        @Override
        public FaultRule when(Predicate<RecordedRequest> p) {
            predicate = predicate.and(p);
            return this;
        }

        @Override
        public FaultRule concurrentAbove(int count) {
            this.concurrentAbove = count;
            return this;
        }

        @Override
        public FaultRule skip(int count) {
            this.skip = count;
            return this;
        }

        @Override
        public FaultRule times(int count) {
            this.remaining = count;
            return this;
        }

        @Override
        public void inject(Fault f) {
            this.fault = Objects.requireNonNull(f, "fault");
            rules.add(this);
        }

        synchronized Fault take(Target t, RecordedRequest request) {
            if (remaining == 0 || !t.matches(target) || !predicate.test(request)
                    || concurrentAbove >= 0 && inFlight(target) <= concurrentAbove) {
                return null;
            }
            if (skip > 0) {
                skip--;
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return fault;
        }
    }
}
