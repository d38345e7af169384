package dev.esi4j.scheduler.internal;

import java.util.UUID;

/** A name for this JVM that is unique in a cluster: {@code pid@host#random}. */
public final class NodeId {

    private NodeId() {
    }

    /** @return a new node name, at most 255 characters */
    public static String generate() {
        String host = System.getenv().getOrDefault("HOSTNAME", "node");
        String id = ProcessHandle.current().pid() + "@" + host + "#" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 255 ? id.substring(0, 255) : id;
    }
}
