package org.gatehouse.console.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.platform.control.Outcome;

/**
 * What the two key screens (API keys, browser-extension keys) have in common: a key is created by a post
 * whose answer shows its secret this once (no-store, kept nowhere), the list never shows a secret, and a
 * key is revoked in two steps: its row links to a confirmation ({@code ?revoke=<id>}) whose post carries
 * the id. Each screen says which control issues, lists and revokes its keys, and who may manage them.
 */
public abstract class KeysPage {

    /** The request parameter of the confirmation step and of its post. */
    static final String REVOKE_PARAMETER = "revoke";
    static final String KEY_PARAMETER = "key";

    @Inject
    Authorization authorization;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

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

    /** Issues a key: the text to show once, or the control's refusal (with the field it concerns, if any). */
    protected abstract Outcome<String> issue();

    /** Revokes the key with this id through control. */
    protected abstract Outcome<Void> revoke(int id);

    /** Whether keys of this family carry a name and an expiry (the API's keys do, the extension's do not). */
    public abstract boolean isNamed();

    /** Creates a key and shows its secret in this answer only. */
    public void create() {
        if (!allowed()) {
            return;
        }
        Outcome<String> issued = issue();
        if (issued instanceof Outcome.Done<String> done) {
            shownSecret = done.value();
            rows = null;
            ConsoleGate.noStore(FacesContext.getCurrentInstance().getExternalContext());
            FacesTexts.info(FacesTexts.text(getTexts() + ".created"));
        } else {
            FacesTexts.error(fieldOf(issued), issued);
        }
    }

    /** The client id of the field a refusal concerns, or null for the page. */
    protected String fieldOf(Outcome<?> refusal) {
        return null;
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
