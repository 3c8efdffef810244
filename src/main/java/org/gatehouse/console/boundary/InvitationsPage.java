package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.invites.control.InviteList;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.invites.control.NewInvite;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.entity.Role;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * The invitations screen: create one into preset workspaces (its link is shown once, in the answer to the
 * post that created it), the list with status, creator and claimer, and deactivation, through the same
 * {@link Invitations} as {@code POST /api/admin/invite/new} and {@code DELETE /api/admin/invite/:id}.
 */
@Named
@RequestScoped
public class InvitationsPage {

    /** The request parameter that names the invitation a row's button acts on. */
    static final String INVITE_PARAMETER = "invite";


    @Inject
    Invitations invitations;

    @Inject
    Workspaces workspaces;

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    private Integer[] workspaceIds = new Integer[0];
    private Invite created;
    private List<Workspace> allWorkspaces;
    private List<Row> rows;

    /** An invitation as the list shows it. */
    public record Row(int id, String status, String createdBy, String claimedBy, String createdAt, String workspaces) {

        public boolean isPending() {
            return Invite.PENDING.equals(status);
        }

        public String getBadge() {
            return switch (status) {
                case Invite.PENDING -> "badge-warn";
                case Invite.CLAIMED -> "badge-ok";
                default -> "";
            };
        }
    }

    /** Creates the invitation; its link is shown on the page this post answers, and never again. */
    public void create() {
        if (!mayManage()) {
            return;
        }
        List<Integer> chosen = Arrays.stream(workspaceIds).filter(Objects::nonNull).toList();
        created = invitations.create(authorization.user().orElseThrow(), NewInvite.into(chosen));
        workspaceIds = new Integer[0];
        rows = null;
        message(FacesMessage.SEVERITY_INFO, FacesTexts.text("invites.created"));
    }

    /** Deactivates the invitation named by the button's parameter. */
    public void deactivate() {
        if (!mayManage()) {
            return;
        }
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(INVITE_PARAMETER);
        Outcome<Invite> result;
        try {
            result = invitations.deactivate(authorization.user().orElseThrow(), Integer.parseInt(id));
        } catch (NumberFormatException unreadable) {
            result = Outcome.notFound(Invitations.NOT_FOUND);
        }
        rows = null;
        if (result.isDone()) {
            message(FacesMessage.SEVERITY_INFO, FacesTexts.text("invites.deactivated"));
        } else {
            message(FacesMessage.SEVERITY_ERROR, result.error());
        }
    }

    /** The gate already let only admins and managers in; each action asks again, as the API's guard does. */
    private boolean mayManage() {
        if (authorization.hasRole(Role.ADMIN, Role.MANAGER) && authorization.user().isPresent()) {
            return true;
        }
        message(FacesMessage.SEVERITY_ERROR, FacesTexts.text("forbidden.text"));
        return false;
    }

    /** Every workspace, for the choice of the new invitation's workspaces. */
    public List<Workspace> getWorkspaces() {
        if (allWorkspaces == null) {
            allWorkspaces = workspaces.all();
        }
        return allWorkspaces;
    }

    /** Newest first: the invitation just created or claimed is the one looked for. */
    public List<Row> getRows() {
        if (rows == null) {
            InviteList list = invitations.listed();
            Map<Integer, String> names = list.usernames();
            rows = list.invites().stream().sorted((a, b) -> Integer.compare(b.getId(), a.getId()))
                    .map(invite -> new Row(invite.getId(), invite.getStatus(), person(invite.getCreatedBy(), names),
                            invite.getClaimedBy() == null ? null : person(invite.getClaimedBy(), names),
                            FacesTexts.when(invite.getCreatedAt()), workspaceNames(invite)))
                    .collect(Collectors.toList());
        }
        return rows;
    }

    /** The names of the workspaces a claim would join (those that still exist), as one line. */
    private String workspaceNames(Invite invite) {
        Map<Integer, String> names = getWorkspaces().stream().collect(Collectors.toMap(Workspace::getId, Workspace::getName));
        return Invitations.workspaceIds(invite.getWorkspaceIds()).stream().map(names::get).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(", "));
    }

    private String person(Integer id, Map<Integer, String> names) {
        if (id == null || id == 0) {
            return FacesTexts.text("invites.byApi");
        }
        return names.getOrDefault(id, FacesTexts.text("invites.deletedUser"));
    }

    /** The link AnythingLLM's web client copies for an invitation: this origin's {@code /accept-invite/<code>}. */
    public String getCreatedLink() {
        if (created == null) {
            return null;
        }
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
        return origin + request.getContextPath() + ConsoleGate.ACCEPT_INVITE + created.getCode();
    }

    public Invite getCreated() {
        return created;
    }

    public Integer[] getWorkspaceIds() {
        return workspaceIds;
    }

    public void setWorkspaceIds(Integer[] workspaceIds) {
        this.workspaceIds = workspaceIds == null ? new Integer[0] : workspaceIds;
    }

    private static void message(FacesMessage.Severity severity, String summary) {
        FacesTexts.message(null, severity, summary);
    }
}
