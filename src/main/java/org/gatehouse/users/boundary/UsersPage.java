package org.gatehouse.users.boundary;

import org.gatehouse.console.boundary.FacesTexts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.users.control.BulkAction;
import org.gatehouse.users.control.NewUser;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.control.UserBulkActions;
import org.gatehouse.users.control.UserPage;
import org.gatehouse.users.control.UserQuery;
import org.gatehouse.users.control.UserSearch;
import org.gatehouse.users.control.UserSort;
import org.gatehouse.users.control.UserState;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * The users list ({@code /admin/users}): one page from {@link UserSearch}, its state in the address
 * ({@code ?q=&role=&state=&sort=&dir=&page=}), a new-user form, and bulk actions on the checked rows, each
 * row under the same rules as {@code POST /api/admin/user/:id}. The bulk form's buttons are plain
 * {@code name="op"} submits read by {@link #act()}: with stateless views, a button that only appears after
 * a first post (the delete confirmation) would not exist when the second post is decoded.
 */
@Named
@RequestScoped
public class UsersPage {

    static final int PAGE_SIZE = 25;
    static final String ADDRESS = "/admin/users";

    @Inject
    UserSearch search;

    @Inject
    UserAdministration administration;

    @Inject
    UserBulkActions bulk;

    @Inject
    RoleRules rules;

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    private String q;
    private Optional<Role> role;
    private Optional<UserState> state;
    private UserSort sort;
    private boolean descending;
    private int pageNumber;
    private UserPage page;

    private String newUsername;
    private String newPassword;
    private String newRole = Role.DEFAULT.wireName();

    private boolean createOpen;
    private List<UserBulkActions.RowResult> results = List.of();
    private String resultAction;
    private List<User> toDelete = List.of();

    @PostConstruct
    void readAddress() {
        q = Optional.ofNullable(request.getParameter("q")).map(String::strip).orElse("");
        role = Role.fromWire(request.getParameter("role"));
        state = UserState.fromParameter(request.getParameter("state"));
        sort = UserSort.fromParameter(request.getParameter("sort")).orElse(UserSort.USERNAME);
        descending = "desc".equals(request.getParameter("dir"));
        pageNumber = parsePage(request.getParameter("page"));
    }

    private static int parsePage(String value) {
        try {
            int number = Integer.parseInt(value == null ? "1" : value.strip());
            return Math.min(Math.max(number, 1), PageRequest.MAX);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The page shown, read once per request, after any action of this request. */
    public UserPage getPage() {
        if (page == null) {
            page = search.search(new UserQuery(Optional.of(q), role, state, sort, descending,
                    new PageRequest(pageNumber - 1, PAGE_SIZE)));
        }
        return page;
    }

    private Optional<User> actor() {
        return authorization.user();
    }

    /** The roles this caller may give (a manager: manager and default), decided by the role rules. */
    public List<Role> getAssignableRoles() {
        return actor().map(me -> Arrays.stream(Role.values())
                .filter(r -> rules.roleSelection(me, Optional.of(org.gatehouse.users.control.RoleChoice.named(r))).isEmpty())
                .toList()).orElse(List.of());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<UserState> getStates() {
        return List.of(UserState.values());
    }

    // --- the new-user form

    /** USER-CREATE through {@link UserAdministration#create}, its refusal next to the field it concerns. */
    public void create() {
        Optional<User> me = actor();
        if (me.isEmpty()) {
            return;
        }
        NewUser account = NewUser.of(nullToEmpty(newUsername), nullToEmpty(newPassword), Role.DEFAULT);
        NewUser asked = Role.fromWire(newRole).map(account::withRole)
                .orElseGet(() -> new NewUser(account.username(), account.password(),
                        Optional.of(new org.gatehouse.users.control.RoleChoice.Unknown()), "", account.dailyMessageLimit()));
        Outcome<User> created = administration.create(me.get(), asked);
        if (created instanceof Outcome.Done<User> done) {
            FacesTexts.info(FacesTexts.text("users.createdMessage", done.value().getUsername()));
            newUsername = null;
            newPassword = null;
            newRole = Role.DEFAULT.wireName();
        } else {
            String field = switch (PageMessages.fieldOf(created.error())) {
                case USERNAME -> "create:username";
                case ROLE -> "create:role";
                case NONE -> null;
                default -> "create:password";
            };
            FacesTexts.error(field, created.error());
            newPassword = null;
            createOpen = true;
        }
    }

    // --- bulk actions

    /** The bulk form's submit: {@code op} names the action, {@code selected} carries the user ids. */
    public void act() {
        String op = request.getParameter("op");
        Optional<User> me = actor();
        if (op == null || me.isEmpty() || !"POST".equals(request.getMethod())) {
            return;
        }
        List<Integer> ids = selectedIds();
        if (ids.isEmpty()) {
            FacesTexts.error(null, FacesTexts.text("users.bulk.noneSelected"));
            return;
        }
        switch (op) {
            case "suspend" -> run(me.get(), ids, new BulkAction.Suspend(), "users.bulk.suspended");
            case "unsuspend" -> run(me.get(), ids, new BulkAction.Unsuspend(), "users.bulk.unsuspended");
            case "role" -> {
                Optional<Role> chosen = Role.fromWire(request.getParameter("bulkRole"));
                if (chosen.isEmpty()) {
                    FacesTexts.error(null, FacesTexts.text("users.bulk.chooseRole"));
                } else {
                    run(me.get(), ids, new BulkAction.ChangeRole(chosen.get()), "users.bulk.roleChanged");
                }
            }
            case "delete" -> toDelete = ids.stream().map(administration::find).flatMap(Optional::stream).toList();
            case "delete-confirmed" -> run(me.get(), ids, new BulkAction.Delete(), "users.bulk.deleted");
            default -> FacesTexts.error(null, FacesTexts.text("users.bulk.unknown"));
        }
    }

    private void run(User me, List<Integer> ids, BulkAction action, String key) {
        results = bulk.apply(me, ids, action);
        resultAction = FacesTexts.text(key);
    }

    private List<Integer> selectedIds() {
        String[] values = request.getParameterValues("selected");
        if (values == null) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(Integer.parseInt(value.strip()));
            } catch (NumberFormatException notAnId) {
                // A value that names no user is no row of this list.
            }
        }
        return ids;
    }

    public List<UserBulkActions.RowResult> getDone() {
        return results.stream().filter(row -> row.outcome().isDone()).toList();
    }

    public List<UserBulkActions.RowResult> getRefused() {
        return results.stream().filter(row -> !row.outcome().isDone()).toList();
    }

    public boolean isShowResults() {
        return !results.isEmpty();
    }

    public String getResultAction() {
        return resultAction;
    }

    /** The users a delete asks to confirm; empty when no confirmation is pending. */
    public List<User> getToDelete() {
        return toDelete;
    }

    public boolean isConfirmingDelete() {
        return !toDelete.isEmpty();
    }

    // --- the address

    /** This list's address with the given parameters changed (null removes one); page 1 unless given. */
    public String link(String... changes) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q.isEmpty() ? null : q);
        parameters.put("role", role.map(Role::wireName).orElse(null));
        parameters.put("state", state.map(UserState::parameter).orElse(null));
        parameters.put("sort", sort == UserSort.USERNAME ? null : sort.parameter());
        parameters.put("dir", descending ? "desc" : null);
        parameters.put("page", null);
        for (int i = 0; i + 1 < changes.length; i += 2) {
            parameters.put(changes[i], changes[i + 1]);
        }
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + ADDRESS + (query.isEmpty() ? "" : "?" + query);
    }

    /** A column header's link: by this column ascending, or the other way when it is the order already. */
    public String sortLink(String column) {
        UserSort by = UserSort.fromParameter(column).orElse(UserSort.USERNAME);
        boolean flip = by == sort && !descending;
        return link("sort", by == UserSort.USERNAME ? null : by.parameter(), "dir", flip ? "desc" : null);
    }

    /** The header's {@code aria-sort}: ascending, descending or none. */
    public String ariaSort(String column) {
        if (UserSort.fromParameter(column).orElse(null) != sort) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    public String pageLink(int number) {
        return link("page", number <= 1 ? null : String.valueOf(number));
    }

    /** "Page 2 of 3 (63 users)". */
    public String getPageStatus() {
        return FacesTexts.text("users.pageOf", pageNumber, getPage().pageCount(), getPage().total());
    }

    /** A result row's user: the name it had, or its id when no user had it. */
    public String nameOf(UserBulkActions.RowResult row) {
        return row.username() == null ? "#" + row.userId() : row.username();
    }

    public String getQ() {
        return q;
    }

    public String getRoleFilter() {
        return role.map(Role::wireName).orElse("");
    }

    public String getStateFilter() {
        return state.map(UserState::parameter).orElse("");
    }

    public String getSort() {
        return sort.parameter();
    }

    public boolean isDescending() {
        return descending;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public boolean isFiltered() {
        return !q.isEmpty() || role.isPresent() || state.isPresent();
    }

    public String when(Instant instant) {
        return FacesTexts.when(instant);
    }

    /** The new-user form stays open to show what was refused. */
    public boolean isCreateOpen() {
        return createOpen;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
