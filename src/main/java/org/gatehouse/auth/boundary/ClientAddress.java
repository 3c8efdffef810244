package org.gatehouse.auth.boundary;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address as the event log records it: the socket's remote address, as Express reports it. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isEmpty() ? "Unknown IP" : address;
    }
}
