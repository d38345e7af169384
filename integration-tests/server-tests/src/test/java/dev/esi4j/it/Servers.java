package dev.esi4j.it;

/** Which server this failsafe execution targets (system property {@code it.server}, set by the build). */
final class Servers {

    private Servers() {
    }

    static String current() {
        return System.getProperty("it.server", "unknown");
    }

    static boolean isPayaraMicro() {
        return "payara-micro".equals(current());
    }
}
