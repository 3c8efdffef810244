package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatehouse.apikeys.control.BrowserExtensionKeys;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.Role;

/**
 * The browser-extension keys screen, through the same {@link BrowserExtensionKeys} as
 * {@code /api/browser-extension/api-keys}; admins and managers. The new key is shown as AnythingLLM's
 * connection string ({@code <server>/api|brx-…}), which the extension takes as it is; admins see every
 * key, a manager their own.
 */
@Named
@RequestScoped
public class BrowserExtensionPage extends KeysPage {

    @Inject
    BrowserExtensionKeys keys;

    @Inject
    UserDirectory users;

    @Override
    protected ConsolePage page() {
        return ConsolePage.BROWSER_EXTENSION;
    }

    @Override
    public String getTexts() {
        return "browserKeys";
    }

    @Override
    protected boolean mayManage() {
        return authorization.flexAllows(Role.ADMIN, Role.MANAGER);
    }

    @Override
    protected List<KeyRow> load() {
        List<BrowserExtensionApiKey> visible = keys.visibleTo(authorization.user());
        Map<Integer, String> owners = users.usernames(visible.stream().map(BrowserExtensionApiKey::getUserId)
                .filter(Objects::nonNull).distinct().toList());
        return visible.stream().map(key -> listed(key.getId(), key.getName(), key.getKeyPrefix(),
                owner(key.getUserId(), owners), key.getCreatedAt(), key.getLastUsedAt(), key.getExpiresAt())).toList();
    }

    @Override
    protected Outcome<String> issue(String name, String expiresAt) {
        Outcome<BrowserExtensionKeys.Created> created = keys.create(
                new BrowserExtensionKeys.NewBrowserExtensionKey(name, expiresAt), authorization.user());
        return created instanceof Outcome.Done<BrowserExtensionKeys.Created> done
                ? Outcome.done(connectionString(done.value().secret())) : Outcome.refused(created.error());
    }

    /** AnythingLLM's {@code fullApiUrl()|key}: this origin's API address, a bar, the key. */
    private String connectionString(String secret) {
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
        return origin + request.getContextPath() + "/api|" + secret;
    }

    @Override
    protected Outcome<Void> revoke(int id) {
        return keys.revoke(id, authorization.user());
    }
}
