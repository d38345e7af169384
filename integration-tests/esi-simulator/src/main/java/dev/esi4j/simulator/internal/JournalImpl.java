package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.Journal;
import dev.esi4j.simulator.RecordedRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/** Thread-safe request journal, bounded to the most recent entries. */
public final class JournalImpl implements Journal {

    private final int maxEntries;
    private final Deque<Entry> entries = new ArrayDeque<>();

    /** @param maxEntries how many of the latest requests are kept */
    public JournalImpl(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    private record Entry(RecordedRequest request, Target target) {
    }

    /** Records one answered request. */
    public synchronized void add(RecordedRequest request, Target target) {
        if (maxEntries <= 0) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.removeFirst();
        }
        entries.add(new Entry(request, target));
    }

    @Override
    public synchronized List<RecordedRequest> requests() {
        return entries.stream().map(Entry::request).toList();
    }

    @Override
    public synchronized List<RecordedRequest> requests(String target) {
        return entries.stream().filter(e -> e.target().matches(target)).map(Entry::request).toList();
    }

    @Override
    public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> predicate) {
        return entries.stream().map(Entry::request).filter(predicate).toList();
    }

    @Override
    public int count(String target) {
        return requests(target).size();
    }

    @Override
    public synchronized RecordedRequest last() {
        return entries.isEmpty() ? null : entries.peekLast().request();
    }

    @Override
    public synchronized void clear() {
        entries.clear();
    }
}
