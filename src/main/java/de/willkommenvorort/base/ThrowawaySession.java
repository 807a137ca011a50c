package de.willkommenvorort.base;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * The session a server page is rendered in: it lives for one request and is never stored, so a
 * newcomer who only reads gets no session cookie and costs the server nothing once the page is
 * sent. Vaadin builds the view's UI in it as usual; the real session, if the browser has one, is
 * not touched.
 */
final class ThrowawaySession implements HttpSession {

    private final ServletContext context;
    private final long created = System.currentTimeMillis();
    private final Map<String, Object> attributes = new HashMap<>();
    private int maxInactive = 60;

    private ThrowawaySession(ServletContext context) {
        this.context = context;
    }

    /** The request as Vaadin and Spring Security see it while a server page is rendered. */
    static HttpServletRequest wrap(HttpServletRequest request) {
        ThrowawaySession session = new ThrowawaySession(request.getServletContext());
        return new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                return session;
            }

            @Override
            public HttpSession getSession() {
                return session;
            }

            @Override
            public String getRequestedSessionId() {
                return null;
            }

            @Override
            public boolean isRequestedSessionIdValid() {
                return false;
            }

            @Override
            public String changeSessionId() {
                return session.getId();
            }
        };
    }

    Iterable<Object> values() {
        return attributes.values();
    }

    @Override
    public long getCreationTime() {
        return created;
    }

    @Override
    public String getId() {
        return "server-page-" + Integer.toHexString(System.identityHashCode(this));
    }

    @Override
    public long getLastAccessedTime() {
        return created;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactive = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactive;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void invalidate() {
        attributes.clear();
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
