package dev.esi4j.jaxrs.flow;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Test producers: a clock the tests can advance, and the caller principal (a built-in bean in Jakarta EE). */
@ApplicationScoped
public class TestBeans {

    static final TestClock CLOCK = new TestClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    @Produces
    @RequestScoped
    Principal caller() {
        Principal caller = TestSecurity.CALLER.get();
        return caller == null ? () -> "" : caller;
    }

    /** System time plus an offset. */
    static final class TestClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
