package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.entity.Role;
import org.gatehouse.workspaces.control.MemberCandidate;
import org.gatehouse.workspaces.control.Origin;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * One workspace, {@code /admin/workspaces/<slug>}: rename; in multi-user mode its members, chosen among
 * the users a search finds and saved through {@code update-users}' own {@link Workspaces#replaceMembers};
 * delete after a confirmation step ({@code ?delete}).
 */
@Named
@RequestScoped
public class WorkspacePage {

    /** How many users the member choice shows at once; a search narrows it. */
    static final int CANDIDATES_SHOWN = 100;

    @Inject
    Workspaces workspaces;

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    private Optional<Workspace> workspace;
    private List<MemberCandidate> candidates;
    private String name;

    /** The workspace of the address, or null when there is none. */
    public Workspace getWorkspace() {
        if (workspace == null) {
            Object slug = request.getAttribute(ConsolePage.PATH_PARAMETER);
            workspace = slug == null ? Optional.empty() : workspaces.bySlug(slug.toString());
        }
        return workspace.orElse(null);
    }

    /** Members are users: only multi-user mode has them, and only admins and managers manage them (E32). */
    public boolean isMembersManaged() {
        return authorization.hasRole(Role.ADMIN, Role.MANAGER);
    }

    public String getSearch() {
        String q = request.getParameter("q");
        return q == null ? "" : q.strip();
    }

    /** The users the member choice shows, with whether each is a member now. */
    public List<MemberCandidate> getCandidates() {
        if (candidates == null) {
            candidates = getWorkspace() == null || !isMembersManaged() ? List.of()
                    : workspaces.memberCandidates(getWorkspace().getId(), getSearch(), CANDIDATES_SHOWN);
        }
        return candidates;
    }

    /** Whether every user shown is a member (the "select all" box starts ticked then). */
    public boolean isAllMembers() {
        return !getCandidates().isEmpty() && getCandidates().stream().allMatch(MemberCandidate::member);
    }

    /** Whether the choice was cut at {@link #CANDIDATES_SHOWN} (a search then finds the others). */
    public boolean isMoreCandidates() {
        return getCandidates().size() >= CANDIDATES_SHOWN;
    }

    public int getMemberCount() {
        return getWorkspace() == null ? 0 : workspaces.memberUserIds(getWorkspace().getId()).size();
    }

    public boolean isDeletionProtected() {
        return workspaces.deletionProtected();
    }

    /** Whether the address asks to confirm the deletion. */
    public boolean isConfirmingDelete() {
        return request.getParameter("delete") != null && getWorkspace() != null;
    }

    public String getAddress() {
        return request.getContextPath() + "/admin/workspaces/" + (getWorkspace() == null ? "" : getWorkspace().getSlug());
    }

    public String date() {
        return getWorkspace() == null ? "" : FacesTexts.when(getWorkspace().getCreatedAt());
    }

    public void rename() {
        if (!authorization.flexAllows(Role.ADMIN, Role.MANAGER) || getWorkspace() == null) {
            return;
        }
        Outcome<Workspace> renamed = workspaces.rename(getWorkspace().getId(), name);
        if (renamed instanceof Outcome.Done<Workspace> done) {
            workspace = Optional.of(done.value());
            name = null;
            FacesTexts.info(FacesTexts.text("workspace.renamed"));
        } else {
            FacesTexts.error("rename:name", renamed);
        }
    }

    /**
     * Saves the member choice. Only the users the form showed were chosen among, so members it did not show
     * (outside the search) stay members; the result replaces the members as {@code update-users} does.
     */
    public void saveMembers() {
        if (!isMembersManaged() || getWorkspace() == null) {
            return;
        }
        Set<Integer> shown = ids("shown");
        Set<Integer> chosen = ids("member");
        chosen.retainAll(shown);
        List<Integer> members = new ArrayList<>(workspaces.memberUserIds(getWorkspace().getId()).stream()
                .filter(id -> !shown.contains(id)).toList());
        chosen.stream().filter(id -> !members.contains(id)).forEach(members::add);
        Outcome<Void> saved = workspaces.replaceMembers(getWorkspace().getId(), members);
        candidates = null;
        if (saved.isDone()) {
            FacesTexts.info(FacesTexts.text("workspace.membersSaved"));
        } else {
            FacesTexts.error(null, saved);
        }
    }

    public void delete() throws IOException {
        if (!authorization.flexAllows(Role.ADMIN, Role.MANAGER) || getWorkspace() == null) {
            return;
        }
        Outcome<Void> deleted = workspaces.deleteUnlessProtected(getWorkspace(), authorization.user(), Origin.ADMINISTRATION);
        if (deleted.isDone()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(request.getContextPath() + ConsolePage.WORKSPACES.address() + "?deleted=1");
        } else {
            FacesTexts.error(null, deleted);
        }
    }

    private Set<Integer> ids(String parameter) {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get(parameter);
        return values == null ? new LinkedHashSet<>() : Arrays.stream(values).map(WorkspacePage::id).filter(id -> id != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Integer id(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** The rename field starts with the current name. */
    public String getName() {
        return name != null ? name : getWorkspace() == null ? null : getWorkspace().getName();
    }

    public void setName(String name) {
        this.name = name;
    }
}
