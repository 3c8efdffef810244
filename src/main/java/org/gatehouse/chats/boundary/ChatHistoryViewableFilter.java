package org.gatehouse.chats.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.settings.control.Configuration;

/** Enforces {@link ChatHistoryViewable}, ahead of authentication as in AnythingLLM. */
@Provider
@ChatHistoryViewable
@Priority(Priorities.AUTHENTICATION - 200)
public class ChatHistoryViewableFilter implements ContainerRequestFilter {

    @Inject
    Configuration configuration;

    @Override
    public void filter(ContainerRequestContext request) {
        if (configuration.chatHistoryViewDisabled()) {
            request.abortWith(Response.status(422).type("text/html;charset=utf-8")
                    .entity("This feature has been disabled by the administrator.").build());
        }
    }
}
