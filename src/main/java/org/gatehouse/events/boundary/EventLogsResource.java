package org.gatehouse.events.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.Objects;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.events.control.EventLogExport;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PageParameters;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;
import org.gatehouse.users.entity.Role;

/** E55 and E56: the audit log, for admins (anyone in single-user mode). */
@Path("system/event-logs")
@ValidatedRequest
@FlexRoles(Role.ADMIN)
@Produces(WireObject.JSON_UTF8)
public class EventLogsResource {

    static final int DEFAULT_PAGE_SIZE = 10;

    @Inject
    EventLogService log;

    @Inject
    UserDirectory users;

    @Inject
    CurrentCaller caller;

    @Inject
    EventLogExport export;

    @POST
    public JsonObject page(JsonObject body) {
        PageRequest request = PageParameters.of(body, DEFAULT_PAGE_SIZE);
        EventLogService.Page page = log.page(request);
        Map<Integer, String> names = users.usernames(page.logs().stream()
                .map(EventLog::getUserId).filter(Objects::nonNull).distinct().toList());
        JsonArrayBuilder logs = Json.createArrayBuilder();
        for (EventLog event : page.logs()) {
            String username = event.getUserId() == null ? null : names.get(event.getUserId());
            logs.add(WireObject.create()
                    .put("id", event.getId())
                    .put("event", event.getEvent())
                    .put("metadata", event.getMetadata())
                    .put("userId", event.getUserId())
                    .put("occurredAt", event.getOccurredAt())
                    .putValue("user", WireObject.create()
                            .put("username", username == null ? "unknown user" : username).build())
                    .build());
        }
        return WireObject.create()
                .putValue("logs", logs.build())
                .put("hasPages", request.hasPagesAfter(page.total()))
                .put("totalLogs", page.total())
                .build();
    }

    /**
     * Gatehouse's own export: {@code format=csv|json}, optional {@code event}, {@code userId}, {@code from}
     * and {@code to} (ISO-8601 instants, {@code to} exclusive); streamed, oldest first. Logs
     * {@code event_logs_exported} with the format and filters.
     */
    @GET
    @Path("export")
    public Response export(@QueryParam("format") String format, @QueryParam("event") String event,
                           @QueryParam("userId") String userId, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        EventLogExport.Format chosen = EventLogExport.Format.of(format).orElse(null);
        if (chosen == null) {
            return badRequest("format must be csv or json");
        }
        EventLogService.Filter filter;
        try {
            filter = new EventLogService.Filter(blankToNull(event), userId == null || userId.isBlank() ? null : Integer.valueOf(userId),
                    from == null || from.isBlank() ? null : Instant.parse(from), to == null || to.isBlank() ? null : Instant.parse(to));
        } catch (NumberFormatException | DateTimeParseException e) {
            return badRequest("userId must be a number; from and to must be ISO-8601 instants such as 2026-01-31T00:00:00Z");
        }
        export.recordExport(chosen, filter, caller.user().map(User::getId).orElse(null));
        return Response.ok((StreamingOutput) output -> export.write(chosen, filter, output), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=event-logs." + chosen.extension())
                .build();
    }

    @DELETE
    public JsonObject clear() {
        log.clear(caller.user().map(User::getId).orElse(null));
        return WireObject.create().put("success", true).build();
    }

    private static Response badRequest(String error) {
        return Response.status(Response.Status.BAD_REQUEST).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", false).put("error", error).build()).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
