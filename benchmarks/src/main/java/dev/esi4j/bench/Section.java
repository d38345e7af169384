package dev.esi4j.bench;

import java.util.ArrayList;
import java.util.List;

/** One scenario's part of the report: a table of figures, its target and notes. */
public final class Section {

    /**
     * One measured variant.
     *
     * @param name  what was measured
     * @param stats its figures
     * @param ratio ratio to the reference, or empty
     */
    public record Row(String name, Stats stats, String ratio) {
    }

    private final String title;
    private final String unit;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String target = "";
    private Boolean met;

    /**
     * @param title scenario title
     * @param unit  unit of the figures
     */
    public Section(String title, String unit) {
        this.title = title;
        this.unit = unit;
    }

    /**
     * @param name  variant
     * @param stats figures
     * @param ratio ratio text (may be empty)
     * @return this
     */
    public Section row(String name, Stats stats, String ratio) {
        rows.add(new Row(name, stats, ratio));
        return this;
    }

    /**
     * @param text    the target
     * @param reached whether it was met
     * @return this
     */
    public Section target(String text, boolean reached) {
        target = text;
        met = reached;
        return this;
    }

    /**
     * @param text a note (method, explanation of a miss, profile summary)
     * @return this
     */
    public Section note(String text) {
        notes.add(text);
        return this;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    public String target() {
        return target;
    }

    /** @return true met, false missed, null no target */
    public Boolean met() {
        return met;
    }

    /**
     * @param value   a figure
     * @param against the reference figure
     * @return "x.xx x" of value / against
     */
    public static String ratio(double value, double against) {
        return Stats.format(value / against) + " x";
    }
}
