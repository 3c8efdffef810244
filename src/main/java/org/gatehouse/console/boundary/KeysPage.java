package org.gatehouse.console.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gatehouse.apikeys.control.KeyTerms;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.platform.control.Outcome;

/**
 * What the two key screens (API keys, browser-extension keys) have in common: a key is created with an
 * optional name and expiry day by a post whose answer shows its secret this once (no-store, kept nowhere),
 * the list shows prefix, owner, created, last used and expiry but never a secret, and a key is revoked in
 * two steps: its row links to a confirmation ({@code ?revoke=<id>}) whose post carries the id. Each screen
 * says which control issues, lists and revokes its keys, and who may manage them.
 */
public abstract class KeysPage {

    /** The request parameter of the confirmation step and of its post. */
    static final String REVOKE_PARAMETER = "revoke";
    static final String KEY_PARAMETER = "key";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    private String name;
    private String expiresOn;
    private String shownSecret;
    private List<KeyRow> rows;
    private Optional<KeyRow> toRevoke;

    /** A key as the list shows it: never its secret, only its visible prefix. */
    public record KeyRow(int id, String name, String prefix, String owner, Instant createdAt, Instant lastUsedAt,
                         Instant expiresAt, boolean expired) {
    }

    /** The page in the console's table (its address is where the list lives). */
    protected abstract ConsolePage page();

    /** The prefix of this screen's own texts ({@code apiKeys}, {@code browserKeys}). */
    public abstract String getTexts();

    /** Whether this caller may manage this screen's keys, as the API's guard asks. */
    protected abstract boolean mayManage();

    /** The keys this caller may see, oldest first. */
    protected abstract List<KeyRow> load();

    /**
     * Issues a key with this name (null or blank: none) and expiry ({@code expiresAt}, ISO-8601 text or
     * null): the text to show once, or the control's refusal.
     */
    protected abstract Outcome<String> issue(String name, String expiresAt);

    /** Revokes the key with this id through control. */
    protected abstract Outcome<Void> revoke(int id);

    /** Creates a key and shows its secret in this answer only. */
    public void create() {
        if (!allowed()) {
            return;
        }
        Outcome<String> issued = issue(name, expiresAt(expiresOn));
        if (issued instanceof Outcome.Done<String> done) {
            shownSecret = done.value();
            name = null;
            expiresOn = null;
            rows = null;
            ConsoleGate.noStore(FacesContext.getCurrentInstance().getExternalContext());
            FacesTexts.info(FacesTexts.text(getTexts() + ".created"));
        } else {
            FacesTexts.error(fieldOf(issued), issued);
        }
    }

    /** The client id of the field a refusal concerns, or null for the page. */
    static String fieldOf(Outcome<?> refusal) {
        if (KeyTerms.NAME_RULE.equals(refusal.error())) {
            return "create:name";
        }
        return KeyTerms.EXPIRY_RULE.equals(refusal.error()) ? "create:expires" : null;
    }

    /**
     * The chosen day as the instant the key stops working (its start, UTC); anything else is passed on as
     * typed, so control's one expiry rule judges it.
     */
    static String expiresAt(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        String given = day.strip();
        return DAY.matcher(given).matches() ? given + "T00:00:00Z" : given;
    }

    /** A listed key; expired once the clock reaches its expiry, by control's rule. */
    protected KeyRow listed(int id, String name, String prefix, String owner, Instant createdAt, Instant lastUsedAt,
                            Instant expiresAt) {
        return new KeyRow(id, name, prefix, owner, createdAt, lastUsedAt, expiresAt,
                !KeyTerms.usableAt(expiresAt, now()));
    }

    /** The owner's name; none in single-user mode, and a deleted account says so. */
    static String owner(Integer id, Map<Integer, String> names) {
        if (id == null) {
            return FacesTexts.text("keys.noOwner");
        }
        return names.getOrDefault(id, FacesTexts.text("keys.deletedUser"));
    }

    /** Revokes the confirmed key (the id comes from the post, never from a row index), then shows the list. */
    public void confirmRevoke() throws IOException {
        if (!allowed()) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<Integer> id = id(external.getRequestParameterMap().get(KEY_PARAMETER));
        Optional<KeyRow> row = id.flatMap(this::row);
        if (row.isEmpty()) {
            FacesTexts.error(null, FacesTexts.text("keys.notFound"));
            return;
        }
        Outcome<Void> revoked = revoke(row.get().id());
        if (revoked.isDone()) {
            external.redirect(request.getContextPath() + page().address() + "?revoked=1");
        } else {
            FacesTexts.error(null, revoked);
        }
    }

    private boolean allowed() {
        if (mayManage()) {
            return true;
        }
        FacesTexts.error(null, FacesTexts.text("forbidden.text"));
        return false;
    }

    /** The secret created by this post, or null (every other answer). */
    public String getShownSecret() {
        return shownSecret;
    }

    public List<KeyRow> getRows() {
        if (rows == null) {
            rows = load();
        }
        return rows;
    }

    /** The key the address asks to confirm revoking, if the caller can see it. */
    public KeyRow getToRevoke() {
        if (toRevoke == null) {
            toRevoke = id(request.getParameter(REVOKE_PARAMETER)).flatMap(this::row);
        }
        return toRevoke.orElse(null);
    }

    /** Whether the list was reached right after a revocation. */
    public boolean isRevoked() {
        return request.getParameter("revoked") != null;
    }

    /** The address of a row's confirmation step. */
    public String revokeAddress(int id) {
        return getAddress() + "?" + REVOKE_PARAMETER + "=" + id;
    }

    public String getAddress() {
        return request.getContextPath() + page().address();
    }

    /** An instant as the list shows it, or a dash for none. */
    public String when(Instant instant) {
        return instant == null ? "—" : FacesTexts.when(instant);
    }

    protected Instant now() {
        return clock.instant();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    private Optional<KeyRow> row(int id) {
        return getRows().stream().filter(row -> row.id() == id).findFirst();
    }

    private static Optional<Integer> id(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
