package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.users.entity.Role;
import org.gatehouse.workspaces.control.NewWorkspace;
import org.gatehouse.workspaces.control.Origin;
import org.gatehouse.workspaces.control.WorkspaceListing;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * The workspaces screen: a page of the search (page and search in the address, {@code ?page=2&q=sales}),
 * with member counts; create (E31's rule); delete after a confirmation step ({@code ?delete=<slug>}),
 * refused while deletion protection is on. Flex access, as {@code POST /api/workspace/new}.
 */
@Named
@RequestScoped
public class WorkspacesPage {

    static final int PAGE_SIZE = 20;
    static final String WORKSPACE_PARAMETER = "workspace";

    @Inject
    Workspaces workspaces;

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    private String name;
    private Workspace created;
    private WorkspaceListing listing;
    private Optional<Workspace> toDelete;

    /** The search of the address, as typed. */
    public String getSearch() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    /** The page of the address, 1 for the first; anything unreadable is the first page. */
    public int getPage() {
        try {
            return Math.max(1, Math.min(PageRequest.MAX, Integer.parseInt(request.getParameter("page"))));
        } catch (NumberFormatException | NullPointerException unreadable) {
            return 1;
        }
    }

    public WorkspaceListing getListing() {
        if (listing == null) {
            listing = workspaces.listed(getSearch(), new PageRequest(getPage() - 1, PAGE_SIZE));
        }
        return listing;
    }

    /** The address of another page of the same search. */
    public String pageAddress(int page) {
        String search = getSearch();
        return request.getContextPath() + ConsolePage.WORKSPACES.address() + "?page=" + page
                + (search.isEmpty() ? "" : "&q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    }

    /** The address of a row's delete confirmation, keeping the list where it was. */
    public String deleteAddress(String slug) {
        return pageAddress(getPage()) + "&delete=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** Whether the workspace deletion protection is on (deleting is then not offered). */
    public boolean isDeletionProtected() {
        return workspaces.deletionProtected();
    }

    /** The workspace whose deletion the address asks to confirm, if it exists. */
    public Workspace getToDelete() {
        if (toDelete == null) {
            String slug = request.getParameter("delete");
            toDelete = slug == null ? Optional.empty() : workspaces.bySlug(slug);
        }
        return toDelete.orElse(null);
    }

    /** Whether the list was reached right after a deletion. */
    public boolean isDeleted() {
        return request.getParameter("deleted") != null;
    }

    /** Creates a workspace; its creator (in multi-user mode) becomes its first member, as in E31. */
    public void create() {
        if (!authorization.flexAllows(Role.ADMIN, Role.MANAGER)) {
            return;
        }
        Outcome<Workspace> result = workspaces.create(new NewWorkspace(Optional.ofNullable(name), authorization.user(),
                Origin.ADMINISTRATION));
        if (result instanceof Outcome.Done<Workspace> done) {
            created = done.value();
            name = null;
            listing = null;
            FacesTexts.info(FacesTexts.text("workspaces.created"));
        } else {
            FacesTexts.error("create:name", result);
        }
    }

    /** Deletes the confirmed workspace, then shows the list again. */
    public void delete() throws IOException {
        if (!authorization.flexAllows(Role.ADMIN, Role.MANAGER)) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<Workspace> workspace = Optional.ofNullable(external.getRequestParameterMap().get(WORKSPACE_PARAMETER))
                .flatMap(workspaces::bySlug);
        if (workspace.isEmpty()) {
            FacesTexts.error(null, Outcome.notFound(FacesTexts.text("workspaces.notFound")));
            return;
        }
        Outcome<Void> deleted = workspaces.deleteUnlessProtected(workspace.get(), authorization.user(), Origin.ADMINISTRATION);
        if (deleted.isDone()) {
            external.redirect(request.getContextPath() + ConsolePage.WORKSPACES.address() + "?deleted=1");
        } else {
            FacesTexts.error(null, deleted);
        }
    }

    /** A creation time as the console's lists show it. */
    public String date(Instant instant) {
        return FacesTexts.when(instant);
    }

    /** The workspace this post created, or null. */
    public Workspace getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
