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
            if (remaining == 0 || !t.matches(target) || !predicate.test(request)) {
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
