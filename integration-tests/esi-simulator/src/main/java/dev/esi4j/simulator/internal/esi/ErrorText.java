package dev.esi4j.simulator.internal.esi;

/** Fixed ESI messages. */
public final class ErrorText {

    /** The current (Discord era) 420 text; clients match its first sentence. */
    public static final String ERROR_LIMITED = "This software has exceeded the error limit for ESI. If you are a user, "
            + "please contact the maintainer of this software. If you are a developer/maintainer, please make a "
            + "greater effort in the future to receive valid responses. For tips on how, come have a chat with us "
            + "in ##3rd-party-dev-and-esi on the EVE Online Discord. https://www.eveonline.com/discord";

    private ErrorText() {
    }
}
