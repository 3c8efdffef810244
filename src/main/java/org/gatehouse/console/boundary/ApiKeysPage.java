package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.Role;

/**
 * The developer API keys screen, through the same {@link ApiKeys} as {@code POST /api/admin/generate-api-key}
 * and {@code DELETE /api/admin/delete-api-key/:id} (their events included): a key with an optional name
 * and expiry day, its secret shown once, the list with prefix, creator, created, last used and expiry.
 */
@Named
@RequestScoped
public class ApiKeysPage extends KeysPage {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Inject
    ApiKeys keys;

    @Inject
    UserDirectory users;

    private String name;
    private String expiresOn;

    @Override
    protected ConsolePage page() {
        return ConsolePage.API_KEYS;
    }

    @Override
    public String getTexts() {
        return "apiKeys";
    }

    @Override
    public boolean isNamed() {
        return true;
    }

    @Override
    protected boolean mayManage() {
        return authorization.flexAllows(Role.ADMIN);
    }

    @Override
    protected List<KeyRow> load() {
        List<ApiKey> all = keys.all();
        Map<Integer, String> creators = users.usernames(all.stream().map(ApiKey::getCreatedBy).filter(Objects::nonNull)
                .distinct().toList());
        Instant now = now();
        return all.stream().map(key -> new KeyRow(key.getId(), key.getName(), key.getSecretPrefix(),
                owner(key.getCreatedBy(), creators), key.getCreatedAt(), key.getLastUsedAt(), key.getExpiresAt(),
                key.getExpiresAt() != null && !now.isBefore(key.getExpiresAt()))).toList();
    }

    /** The creator's name; none in single-user mode, and a deleted account says so. */
    static String owner(Integer id, Map<Integer, String> names) {
        if (id == null) {
            return FacesTexts.text("keys.noOwner");
        }
        return names.getOrDefault(id, FacesTexts.text("keys.deletedUser"));
    }

    @Override
    protected Outcome<String> issue() {
        Outcome<ApiKeys.Created> created = keys.create(new ApiKeys.NewApiKey(name, expiresAt(expiresOn)),
                authorization.user().orElse(null));
        if (created instanceof Outcome.Done<ApiKeys.Created> done) {
            name = null;
            expiresOn = null;
            return Outcome.done(done.value().secret());
        }
        return Outcome.refused(created.error());
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

    @Override
    protected String fieldOf(Outcome<?> refusal) {
        return ApiKeys.EXPIRY_RULE.equals(refusal.error()) ? "create:expires" : null;
    }

    @Override
    protected Outcome<Void> revoke(int id) {
        keys.delete(id, authorization.user().orElse(null));
        return Outcome.done(null);
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
}
