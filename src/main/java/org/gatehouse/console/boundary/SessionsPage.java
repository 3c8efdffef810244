package org.gatehouse.console.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.LoginThrottle;
import org.gatehouse.auth.control.Sessions;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.settings.control.EnvironmentSettings;
import org.gatehouse.settings.control.EnvironmentSettings.RunTimeChange;
import org.gatehouse.settings.control.EnvironmentSettings.RunTimeSetting;
import org.gatehouse.users.control.ListedUser;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UserPage;
import org.gatehouse.users.control.UserQuery;
import org.gatehouse.users.control.UserSearch;
import org.gatehouse.users.control.UserSort;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * Sessions and lockouts ({@code /admin/sessions?q=&page=}): each user's last "sessions ended" instant with
 * "end all sessions" where the role rules allow it ({@link Sessions#revokeFor}), an admin's "end every
 * session" after a confirmation step ({@link Sessions#endEverySession}), the locks in force with unlock one
 * and all ({@link LoginThrottle}), and the lockout policy, which admins change at run time
 * ({@link EnvironmentSettings#change}). The action buttons are plain {@code name="op"} submits read by
 * {@link #act()}, each carrying the id or subject it acts on.
 */
@Named
@RequestScoped
public class SessionsPage {

    static final int PAGE_SIZE = 25;
    static final int LOCKS_SHOWN = 100;
    static final String ADDRESS = "/admin/sessions";

    @Inject
    UserSearch search;

    @Inject
    Sessions sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    EnvironmentSettings environment;

    @Inject
    RoleRules rules;

    @Inject
    Authorization authorization;

    @Inject
    AuthModes modes;

    @Inject
    CurrentCaller caller;

    @Inject
    HttpServletRequest request;

    private String q;
    private int pageNumber;
    private UserPage page;
    private Map<Integer, Instant> endedAt;
    private LoginThrottle.Locks locks;
    private boolean confirmingEndEvery;

    private String threshold;
    private String addressThreshold;
    private String firstWait;
    private String maxWait;
    private String resetHours;

    @PostConstruct
    void readAddress() {
        q = Optional.ofNullable(request.getParameter("q")).map(String::strip).orElse("");
        pageNumber = parsePage(request.getParameter("page"));
        LoginThrottle.Policy policy = throttle.policy();
        threshold = String.valueOf(policy.threshold());
        addressThreshold = String.valueOf(policy.addressThreshold());
        firstWait = String.valueOf(policy.firstWait().toSeconds());
        maxWait = String.valueOf(policy.maxWait().toSeconds());
        resetHours = String.valueOf(policy.resetAfter().toHours());
    }

    private static int parsePage(String value) {
        try {
            int number = Integer.parseInt(value == null ? "1" : value.strip());
            return Math.min(Math.max(number, 1), PageRequest.MAX);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** Multi-user mode lists accounts; single-user mode has one password holder and no users to list. */
    public boolean isMultiUser() {
        return modes.current() == AuthMode.MULTI_USER;
    }

    /** Who acts: the signed-in admin or manager; empty for the single-user password holder (or an open instance). */
    private Optional<User> actor() {
        return authorization.user();
    }

    /** The gate admitted the caller to this page; actions re-check it, since control takes an empty actor as the password holder. */
    private boolean mayAct() {
        return isMultiUser() ? authorization.hasRole(Role.ADMIN, Role.MANAGER) : authorization.singleUserAllows();
    }

    /** "End every session" and the lockout policy are admin matters, as update-env is. */
    public boolean isAdmin() {
        return isMultiUser() ? authorization.hasRole(Role.ADMIN) : authorization.singleUserAllows();
    }

    // --- reading

    public UserPage getPage() {
        if (page == null) {
            page = isMultiUser() ? search.search(new UserQuery(Optional.of(q), Optional.empty(), Optional.empty(),
                    UserSort.USERNAME, false, new PageRequest(pageNumber - 1, PAGE_SIZE)))
                    : new UserPage(List.of(), 0, new PageRequest(0, PAGE_SIZE));
        }
        return page;
    }

    /** When this user's sessions were last ended, or "never". */
    public String endedAt(ListedUser user) {
        if (endedAt == null) {
            endedAt = sessions.endedAt(getPage().rows().stream().map(row -> row.user().id()).toList());
        }
        Instant instant = endedAt.get(user.id());
        return instant == null ? FacesTexts.text("sessions.never") : FacesTexts.when(instant);
    }

    public String getSingleUserEndedAt() {
        return sessions.singleUserEndedAt().map(FacesTexts::when).orElse(FacesTexts.text("sessions.never"));
    }

    /** Whether the role rules let this caller end this user's sessions (a manager may not touch an admin). */
    public boolean mayEndSessionsOf(ListedUser user) {
        return actor().map(me -> rules.canModify(me, Role.fromWire(user.role()).orElse(null)).isEmpty()).orElse(false);
    }

    public LoginThrottle.Locks getLocks() {
        if (locks == null) {
            locks = throttle.locks(actor(), new PageRequest(0, LOCKS_SHOWN));
        }
        return locks;
    }

    public boolean isMoreLocks() {
        return getLocks().total() > getLocks().rows().size();
    }

    public boolean isAnyClearable() {
        return getLocks().rows().stream().anyMatch(LoginThrottle.LockedSubject::mayClear);
    }

    /** The submit value that lifts this lock: {@code unlock:<scope>:<subject>} (an address may hold colons). */
    public String unlockValue(LoginThrottle.LockedSubject lock) {
        return "unlock:" + lock.key().getScope() + ":" + lock.key().getSubject();
    }

    public LoginThrottle.Policy getPolicy() {
        return throttle.policy();
    }

    /** The policy in force in a sentence, or that it is off. */
    public String getPolicySummary() {
        LoginThrottle.Policy policy = throttle.policy();
        return policy.enabled() ? FacesTexts.text("sessions.policy.summary", policy.threshold(),
                duration(policy.firstWait()), duration(policy.maxWait()), duration(policy.resetAfter()),
                policy.addressThreshold())
                : FacesTexts.text("sessions.policy.off");
    }

    /** A wait in words: "60 s", "15 min", "12 h". */
    public String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0 && seconds > 0) {
            return FacesTexts.text("sessions.hours", seconds / 3600);
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return FacesTexts.text("sessions.minutes", seconds / 60);
        }
        return FacesTexts.text("sessions.seconds", seconds);
    }

    public String when(Instant instant) {
        return FacesTexts.when(instant);
    }

    // --- acting

    /** The action forms' submit: {@code op} names the action and what it acts on. */
    public void act() throws IOException {
        String op = request.getParameter("op");
        if (op == null || !"POST".equals(request.getMethod()) || !mayAct()) {
            return;
        }
        // The stateless view evaluated its rendered conditions while decoding: read the lists again after acting.
        page = null;
        endedAt = null;
        locks = null;
        if (op.startsWith("end-sessions:")) {
            endSessionsOf(op.substring("end-sessions:".length()));
        } else if (op.equals("end-every")) {
            confirmingEndEvery = isAdmin();
        } else if (op.equals("end-every-confirmed")) {
            endEverySession();
        } else if (op.startsWith("unlock:")) {
            String[] parts = op.split(":", 3);
            if (parts.length == 3 && (parts[1].equals(LoginFailureKey.USERNAME) || parts[1].equals(LoginFailureKey.IP))) {
                Outcome<LoginFailureKey> cleared = throttle.clear(actor(), new LoginFailureKey(parts[1], parts[2]));
                report(cleared, FacesTexts.text("sessions.unlocked", parts[2]));
            }
        } else if (op.equals("unlock-all")) {
            Outcome<LoginThrottle.Cleared> cleared = throttle.clearAll(actor());
            if (cleared instanceof Outcome.Done<LoginThrottle.Cleared> done) {
                FacesTexts.info(done.value().kept() > 0
                        ? FacesTexts.text("sessions.unlockedAllButKept", done.value().cleared(), done.value().kept())
                        : FacesTexts.text("sessions.unlockedAll", done.value().cleared()));
            } else {
                FacesTexts.error(null, cleared);
            }
        }
    }

    private void endSessionsOf(String id) {
        Optional<User> me = actor();
        if (me.isEmpty()) {
            return;
        }
        try {
            Outcome<User> ended = sessions.revokeFor(me.get(), Integer.parseInt(id.strip()));
            report(ended, ended instanceof Outcome.Done<User> done
                    ? FacesTexts.text("sessions.endedFor", done.value().getUsername()) : null);
        } catch (NumberFormatException notAnId) {
            FacesTexts.error(null, FacesTexts.text("sessions.unknownUser"));
        }
    }

    private void endEverySession() throws IOException {
        if (!isAdmin()) {
            return;
        }
        Outcome<Sessions.EndedEverywhere> ended = sessions.endEverySession(actor(), caller.sessionId());
        if (!(ended instanceof Outcome.Done<Sessions.EndedEverywhere> done)) {
            FacesTexts.error(null, ended);
            return;
        }
        if (modes.current() == AuthMode.SINGLE_USER) {
            // The password holder's own session ended with the others: back to the sign-in page.
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            PageSessionCookie.end(external);
            external.redirect(external.getRequestContextPath() + ConsoleGate.SIGN_IN);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        FacesTexts.info(FacesTexts.text("sessions.endedEverywhere", done.value().users()));
    }

    private static void report(Outcome<?> outcome, String success) {
        if (outcome.isDone()) {
            FacesTexts.info(success);
        } else {
            FacesTexts.error(null, outcome);
        }
    }

    /** Stores the lockout policy (admins), each refusal next to its field. */
    public void savePolicy() {
        if (!isAdmin()) {
            return;
        }
        Optional<String> refused = environment.change(List.of(
                new RunTimeChange(RunTimeSetting.GATEHOUSE_LOCKOUT_THRESHOLD, threshold),
                new RunTimeChange(RunTimeSetting.GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD, addressThreshold),
                new RunTimeChange(RunTimeSetting.GATEHOUSE_LOCKOUT_SECONDS, firstWait),
                new RunTimeChange(RunTimeSetting.GATEHOUSE_LOCKOUT_MAX_SECONDS, maxWait),
                new RunTimeChange(RunTimeSetting.GATEHOUSE_LOCKOUT_RESET_HOURS, resetHours)),
                actor().map(User::getId).orElse(null));
        if (refused.isEmpty()) {
            FacesTexts.info(FacesTexts.text("sessions.policySaved"));
            return;
        }
        for (String line : refused.get().split("\n")) {
            FacesTexts.error(fieldOf(line), line);
        }
    }

    /** The policy field a refusal names (each starts with its variable). */
    private static String fieldOf(String refusal) {
        if (refusal.startsWith("GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD")) {
            return "policy:addressThreshold";
        }
        if (refusal.startsWith("GATEHOUSE_LOCKOUT_THRESHOLD")) {
            return "policy:threshold";
        }
        if (refusal.startsWith("GATEHOUSE_LOCKOUT_SECONDS")) {
            return "policy:firstWait";
        }
        if (refusal.startsWith("GATEHOUSE_LOCKOUT_MAX_SECONDS")) {
            return "policy:maxWait";
        }
        return refusal.startsWith("GATEHOUSE_LOCKOUT_RESET_HOURS") ? "policy:resetHours" : null;
    }

    public boolean isConfirmingEndEvery() {
        return confirmingEndEvery;
    }

    // --- the address

    public String link(String search, int number) {
        List<String> parameters = new ArrayList<>();
        if (search != null && !search.isEmpty()) {
            parameters.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (number > 1) {
            parameters.add("page=" + number);
        }
        return request.getContextPath() + ADDRESS + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    public String pageLink(int number) {
        return link(q, number);
    }

    public String getPageStatus() {
        return FacesTexts.text("sessions.pageOf", pageNumber, getPage().pageCount(), getPage().total());
    }

    public String getQ() {
        return q;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public String getAddressThreshold() {
        return addressThreshold;
    }

    public void setAddressThreshold(String addressThreshold) {
        this.addressThreshold = addressThreshold;
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }

    public String getFirstWait() {
        return firstWait;
    }

    public void setFirstWait(String firstWait) {
        this.firstWait = firstWait;
    }

    public String getMaxWait() {
        return maxWait;
    }

    public void setMaxWait(String maxWait) {
        this.maxWait = maxWait;
    }

    public String getResetHours() {
        return resetHours;
    }

    public void setResetHours(String resetHours) {
        this.resetHours = resetHours;
    }
}
