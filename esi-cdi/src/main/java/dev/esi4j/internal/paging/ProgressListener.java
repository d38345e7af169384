package dev.esi4j.internal.paging;

/** Internal view of the public progress callback. */
@FunctionalInterface
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done  pages fetched
     * @param total pages announced
     */
    void progress(int done, int total);
}
