package dev.esi4j.scheduler.timer;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

/** A {@link TimerService} that records calendar timers (the container's part; the real one runs on Payara). */
final class RecordingTimerService {

    record Created(ScheduleExpression schedule, TimerConfig config) {
    }

    final List<Created> created = new ArrayList<>();

    TimerService service() {
        return (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TimerService.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createCalendarTimer") && args.length == 2) {
                        ScheduleExpression schedule = (ScheduleExpression) args[0];
                        if (schedule.getSecond().contains("/0")) {
                            throw new IllegalArgumentException("increment 0 in second");
                        }
                        created.add(new Created(schedule, (TimerConfig) args[1]));
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
