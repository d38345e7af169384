package dev.esi4j.scheduler.internal;

import jakarta.ejb.ScheduleExpression;

/**
 * Turns the six-field schedule text of {@code esi.cleanup.*.schedule} ({@code second minute hour day-of-month month
 * day-of-week}, as validated by {@code EsiConfig}) into an EJB {@link ScheduleExpression}. The field syntax is the
 * EJB calendar syntax ({@code *}, lists {@code 1,15}, ranges {@code 1-5}, increments {@code *&#47;5} in the second,
 * minute and hour fields, names such as {@code Mon}); the expression uses the server's default time zone.
 */
public final class Schedules {

    private Schedules() {
    }

    /**
     * @param text six whitespace-separated fields
     * @return the calendar expression
     * @throws IllegalArgumentException when the text does not have six fields
     */
    public static ScheduleExpression parse(String text) {
        String[] f = text.trim().split("\\s+");
        if (f.length != 6) {
            throw new IllegalArgumentException("A schedule needs 6 fields (second minute hour day-of-month month"
                    + " day-of-week): '" + text + "'");
        }
        return new ScheduleExpression().second(f[0]).minute(f[1]).hour(f[2]).dayOfMonth(f[3]).month(f[4])
                .dayOfWeek(f[5]);
    }

    /**
     * @param expression a calendar expression
     * @return its six fields as text, for logs
     */
    public static String format(ScheduleExpression expression) {
        return String.join(" ", expression.getSecond(), expression.getMinute(), expression.getHour(),
                expression.getDayOfMonth(), expression.getMonth(), expression.getDayOfWeek());
    }
}
