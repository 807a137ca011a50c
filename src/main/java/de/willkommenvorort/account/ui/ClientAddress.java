package de.willkommenvorort.account.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The address a request came from, for throttling only; never stored. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
