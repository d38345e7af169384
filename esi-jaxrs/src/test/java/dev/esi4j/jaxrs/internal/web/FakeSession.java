package dev.esi4j.jaxrs.internal.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;

/** A minimal in-memory {@link HttpSession} for unit tests. */
public class FakeSession implements HttpSession {

    private final Map<String, Object> attributes = new HashMap<>();
    private final String id;

    public FakeSession(String id) {
        this.id = id;
    }

    @Override public long getCreationTime() { return 0; }
    @Override public String getId() { return id; }
    @Override public long getLastAccessedTime() { return 0; }
    @Override public ServletContext getServletContext() { return null; }
    @Override public void setMaxInactiveInterval(int interval) { }
    @Override public int getMaxInactiveInterval() { return 0; }
    @Override public Object getAttribute(String name) { return attributes.get(name); }
    @Override public Enumeration<String> getAttributeNames() { return Collections.enumeration(attributes.keySet()); }
    @Override public void setAttribute(String name, Object value) { attributes.put(name, value); }
    @Override public void removeAttribute(String name) { attributes.remove(name); }
    @Override public void invalidate() { attributes.clear(); }
    @Override public boolean isNew() { return false; }
}
