package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.Role;

/**
 * The developer API keys screen, through the same {@link ApiKeys} as {@code POST /api/admin/generate-api-key}
 * and {@code DELETE /api/admin/delete-api-key/:id} (their events included); admins only.
 */
@Named
@RequestScoped
public class ApiKeysPage extends KeysPage {

    @Inject
    ApiKeys keys;

    @Inject
    UserDirectory users;

    @Override
    protected ConsolePage page() {
        return ConsolePage.API_KEYS;
    }

    @Override
    public String getTexts() {
        return "apiKeys";
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
        return all.stream().map(key -> listed(key.getId(), key.getName(), key.getSecretPrefix(),
                owner(key.getCreatedBy(), creators), key.getCreatedAt(), key.getLastUsedAt(), key.getExpiresAt())).toList();
    }

    @Override
    protected Outcome<String> issue(String name, String expiresAt) {
        Outcome<ApiKeys.Created> created = keys.create(new ApiKeys.NewApiKey(name, expiresAt), authorization.user().orElse(null));
        return created instanceof Outcome.Done<ApiKeys.Created> done ? Outcome.done(done.value().secret())
                : Outcome.refused(created.error());
    }

    @Override
    protected Outcome<Void> revoke(int id) {
        keys.delete(id, authorization.user().orElse(null));
        return Outcome.done(null);
    }
}
