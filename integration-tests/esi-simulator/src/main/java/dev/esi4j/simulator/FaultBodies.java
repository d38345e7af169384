package dev.esi4j.simulator;

import dev.esi4j.simulator.internal.esi.ErrorText;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Recorded ESI and load-balancer error bodies (from the ESI issue tracker, see error-responses.json). */
final class FaultBodies {

    /** The current (Discord era) 420 text; clients match its first sentence. */
    static final String ERROR_LIMITED = ErrorText.ERROR_LIMITED;

    private static final String HTML_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
            + "<body bgcolor=\"white\">\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    private static final String HTML_504 = "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n"
            + "<body bgcolor=\"white\">\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n</body>\r\n</html>\r\n";

    private FaultBodies() {
    }

    static String esiJson(int status) {
        if (status == 504) {
            return Json.createObjectBuilder().add("error", "Timeout contacting tranquility").add("timeout", 10)
                    .build().toString();
        }
        return esiJson(status, defaultMessage(status));
    }

    static String esiJson(int status, String message) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("error", message);
        if (status != 420) {
            b.add("status", status);
        }
        return b.build().toString();
    }

    static String defaultMessage(int status) {
        switch (status) {
            case 420: return ERROR_LIMITED;
            case 429: return "Too many requests";
            case 500: return "Internal server error";
            case 502: return "No reply within 10 seconds";
            case 503: return "The datasource tranquility is temporarily unavailable";
            case 520: return "Monolith error";
            case 400: return "Bad request";
            case 401: return "Authentication required";
            case 403: return "Forbidden";
            case 404: return "Not found";
            default: return "Error " + status;
        }
    }

    static String html(int status) {
        if (status == 502) {
            return HTML_502;
        }
        if (status == 504) {
            return HTML_504;
        }
        return "<html>\r\n<head><title>" + status + " Server Error</title></head>\r\n<body><h1>Error " + status
                + "</h1></body>\r\n</html>\r\n";
    }
}
