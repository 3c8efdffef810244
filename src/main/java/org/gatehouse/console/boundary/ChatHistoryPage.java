package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.chats.boundary.ExportChatsResource;
import org.gatehouse.chats.control.ChatEntry;
import org.gatehouse.chats.control.ChatExportFormat;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * The chat history review, through the same {@link ChatHistory} as {@code /api/system/workspace-chats} and
 * {@code /api/system/export-chats}: a page of chats filtered by workspace and user in the address
 * ({@code ?workspace=sales&user=dan&page=2}), delete one or all after a confirmation step, and the export
 * streamed as the answer to its post, logged as the API's export.
 */
@Named
@RequestScoped
public class ChatHistoryPage {

    static final int PAGE_SIZE = 20;
    static final String CHAT_PARAMETER = "chat";
    static final String FORMAT_PARAMETER = "format";

    @Inject
    ChatHistory history;

    @Inject
    Workspaces workspaces;

    @Inject
    UserDirectory users;

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    private ChatHistory.Page listing;
    private Optional<ChatEntry> toDelete;
    private List<Workspace> allWorkspaces;
    private Optional<Workspace> workspace;
    private Optional<User> user;

    /** The workspace filter of the address (a slug), empty for every workspace. */
    public String getWorkspaceFilter() {
        return parameter("workspace");
    }

    /** The user filter of the address (a username), empty for every user. */
    public String getUserFilter() {
        return parameter("user");
    }

    /** The page of the address, 1 for the first; anything unreadable is the first page. */
    public int getPage() {
        try {
            return Math.max(1, Math.min(PageRequest.MAX, Integer.parseInt(request.getParameter("page"))));
        } catch (NumberFormatException | NullPointerException unreadable) {
            return 1;
        }
    }

    public List<Workspace> getWorkspaces() {
        if (allWorkspaces == null) {
            allWorkspaces = workspaces.all();
        }
        return allWorkspaces;
    }

    /** Whether the address names a workspace that does not exist. */
    public boolean isUnknownWorkspace() {
        return !getWorkspaceFilter().isEmpty() && workspace().isEmpty();
    }

    /** Whether the address names a user who does not exist. */
    public boolean isUnknownUser() {
        return !getUserFilter().isEmpty() && user().isEmpty();
    }

    /** The chats of this page; a filter naming nobody selects nothing. */
    public ChatHistory.Page getListing() {
        if (listing == null) {
            listing = isUnknownWorkspace() || isUnknownUser() ? new ChatHistory.Page(List.of(), 0)
                    : history.page(new ChatHistory.ChatFilter(workspace().map(Workspace::getId), user().map(User::getId)),
                            new PageRequest(getPage() - 1, PAGE_SIZE));
        }
        return listing;
    }

    /** How many chats the filters select, in words. */
    public String getFoundMessage() {
        return FacesTexts.text("chats.found", getListing().total());
    }

    public long getPageCount() {
        return Math.max(1, (getListing().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Whether any filter is set. */
    public boolean isFiltered() {
        return !getWorkspaceFilter().isEmpty() || !getUserFilter().isEmpty();
    }

    /** The address of another page of the same filters. */
    public String pageAddress(int page) {
        List<String> query = new ArrayList<>();
        if (!getWorkspaceFilter().isEmpty()) {
            query.add("workspace=" + encoded(getWorkspaceFilter()));
        }
        if (!getUserFilter().isEmpty()) {
            query.add("user=" + encoded(getUserFilter()));
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return getAddress() + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** The address of a chat's delete confirmation, keeping the list where it was. */
    public String deleteAddress(int id) {
        String here = pageAddress(getPage());
        return here + (here.contains("?") ? "&" : "?") + "delete=" + id;
    }

    public String getClearAddress() {
        return getAddress() + "?clear=1";
    }

    public String getAddress() {
        return request.getContextPath() + ConsolePage.CHAT_HISTORY.address();
    }

    /** The chat whose deletion the address asks to confirm, if it exists. */
    public ChatEntry getToDelete() {
        if (toDelete == null) {
            toDelete = id(request.getParameter("delete")).flatMap(history::entry);
        }
        return toDelete.orElse(null);
    }

    /** Whether the address asks to confirm clearing the whole history. */
    public boolean isClearing() {
        return request.getParameter("clear") != null;
    }

    public boolean isDeleted() {
        return request.getParameter("deleted") != null;
    }

    /** What the clearing this list follows deleted, or null. */
    public String getClearedMessage() {
        return id(request.getParameter("cleared")).map(count -> FacesTexts.text("chats.clearedCount", count)).orElse(null);
    }

    /** Deletes the confirmed chat, then shows the same list again. */
    public void delete() throws IOException {
        if (!allowed()) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<ChatEntry> chat = id(external.getRequestParameterMap().get(CHAT_PARAMETER)).flatMap(history::entry);
        if (chat.isEmpty()) {
            FacesTexts.error(null, FacesTexts.text("chats.notFound"));
            return;
        }
        history.delete(chat.get().chat().getId(), actorId());
        String here = pageAddress(getPage());
        external.redirect(here + (here.contains("?") ? "&" : "?") + "deleted=1");
    }

    /** Deletes every chat (logged by control), then shows the empty list. */
    public void clear() throws IOException {
        if (!allowed()) {
            return;
        }
        int deleted = history.clear(actorId());
        FacesContext.getCurrentInstance().getExternalContext().redirect(getAddress() + "?cleared=" + deleted);
    }

    /**
     * Answers the post with the export itself, written a batch of chats at a time as the API's export is,
     * and recorded as the API records it ({@code exported_chats}, its type and chat type).
     */
    public void export() throws IOException {
        if (!allowed()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ChatExportFormat format = ChatExportFormat.of(external.getRequestParameterMap().get(FORMAT_PARAMETER));
        history.recordExport(format.wireName(), "workspace", actorId());
        ConsoleGate.noStore(external);
        external.setResponseContentType(format.mediaType() + ";charset=utf-8");
        external.setResponseHeader("Content-Disposition", ExportChatsResource.fileName(format));
        Writer out = new BufferedWriter(new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8));
        history.export(format, out);
        out.flush();
        faces.responseComplete();
    }

    /** The export formats, in the order the page offers them. */
    public List<ChatExportFormat> getFormats() {
        return List.of(ChatExportFormat.CSV, ChatExportFormat.JSON, ChatExportFormat.JSONL, ChatExportFormat.JSON_ALPACA);
    }

    /** A chat's response as its text (a stored response is JSON holding it). */
    public String response(ChatEntry entry) {
        return ChatExportFormat.responseText(entry.chat().getResponse());
    }

    public String workspaceName(ChatEntry entry) {
        return entry.workspace().map(Workspace::getName).orElse(FacesTexts.text("chats.deletedWorkspace"));
    }

    public String when(Instant instant) {
        return FacesTexts.when(instant);
    }

    /** The gate let the caller in; each action asks again, with the same rule as the page's access. */
    private boolean allowed() {
        if (ConsolePage.CHAT_HISTORY.allows(authorization)) {
            return true;
        }
        FacesTexts.error(null, FacesTexts.text("forbidden.text"));
        return false;
    }

    private Integer actorId() {
        return authorization.user().map(User::getId).orElse(null);
    }

    private Optional<Workspace> workspace() {
        if (workspace == null) {
            workspace = getWorkspaceFilter().isEmpty() ? Optional.empty() : workspaces.bySlug(getWorkspaceFilter());
        }
        return workspace;
    }

    private Optional<User> user() {
        if (user == null) {
            user = getUserFilter().isEmpty() ? Optional.empty() : users.byUsername(getUserFilter());
        }
        return user;
    }

    private String parameter(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<Integer> id(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
