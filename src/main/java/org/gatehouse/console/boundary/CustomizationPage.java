package org.gatehouse.console.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.files.control.Logos;
import org.gatehouse.platform.json.JsonText;
import org.gatehouse.settings.control.Preferences;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * What an instance looks like: the logo (E63/E64 through {@link Logos}, with the API's checks and
 * words), the app name, page title and support email, the footer links (E35 through {@link Preferences},
 * so a manager reaches exactly what {@link Preferences#reaches} lets them) and the default system prompt
 * (E39, not offered to whom it is out of reach). Each form posts on its own and a success redirects to
 * {@code ?done=...}, so a reload never posts again.
 */
@Named
@RequestScoped
public class CustomizationPage {

    static final String ADDRESS = "/admin/customization";
    static final int FOOTER_LINKS = 3;
    static final String APP_NAME = "custom_app_name";
    static final String PAGE_TITLE = "meta_page_title";
    static final String SUPPORT_EMAIL = "support_email";
    static final String FOOTER = "footer_data";
    static final String PROMPT = "default_system_prompt";

    /** The icons AnythingLLM's web client draws a footer link with (its {@code ICON_COMPONENTS}). */
    static final List<String> FOOTER_ICONS = List.of("Info", "BookOpen", "DiscordLogo", "GithubLogo", "Envelope",
            "LinkSimple", "HouseLine", "Globe", "Briefcase");

    @Inject
    Authorization authorization;

    @Inject
    Preferences preferences;

    @Inject
    SystemSettings settings;

    @Inject
    Logos logos;

    private Optional<User> caller;
    private Part logo;
    private String appName;
    private String pageTitle;
    private String supportEmail;
    private final String[] footerIcons = new String[FOOTER_LINKS];
    private final String[] footerUrls = new String[FOOTER_LINKS];
    private String prompt;

    /** The fields start as stored; a post then overwrites those of its own form. */
    @PostConstruct
    void load() {
        caller = authorization.user();
        Map<String, JsonValue> stored = preferences.read(List.of(APP_NAME, PAGE_TITLE, SUPPORT_EMAIL, FOOTER), caller);
        appName = text(stored.get(APP_NAME));
        pageTitle = text(stored.get(PAGE_TITLE));
        supportEmail = text(stored.get(SUPPORT_EMAIL));
        JsonArray links = footerLinks(text(stored.get(FOOTER)));
        for (int i = 0; i < FOOTER_LINKS; i++) {
            JsonObject link = i < links.size() && links.get(i) instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
            footerIcons[i] = link.getString("icon", FOOTER_ICONS.get(0));
            footerUrls[i] = link.getString("url", "");
        }
        if (isPromptOffered()) {
            prompt = settings.value(PROMPT).orElse("");
        }
    }

    /** The success message of the post that redirected here, named by {@code ?done=}. */
    public void announce() {
        String done = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
        if (done != null && done.matches("[a-zA-Z]{1,20}") && FacesTexts.has("customize.done." + done)) {
            FacesTexts.info(FacesTexts.text("customize.done." + done));
        }
    }

    /** A new logo, refused with E63's words (no file, a reserved name, too large, not an image by its content). */
    public void uploadLogo() throws IOException {
        byte[] content = null;
        Optional<String> fileName = Optional.empty();
        if (logo != null) {
            fileName = Optional.ofNullable(logo.getSubmittedFileName());
            try (InputStream in = logo.getInputStream()) {
                content = in.readNBytes(logos.readLimit());
            }
        }
        Optional<Logos.Refused> refused = logos.upload(fileName, content);
        if (refused.isPresent()) {
            FacesTexts.error("logo:file", refused.get().message());
        } else {
            done("logo");
        }
    }

    public void removeLogo() throws IOException {
        logos.remove();
        done("logoRemoved");
    }

    /** App name, page title and support email, as E35 writes them. */
    public void saveBranding() throws IOException {
        Optional<String> refused = Preferences.supportEmailRefusal(supportEmail);
        if (refused.isPresent()) {
            FacesTexts.error("branding:supportEmail", refused.get());
            return;
        }
        Map<String, JsonValue> updates = new LinkedHashMap<>();
        updates.put(APP_NAME, Json.createValue(trimmed(appName)));
        updates.put(PAGE_TITLE, Json.createValue(trimmed(pageTitle)));
        updates.put(SUPPORT_EMAIL, Json.createValue(trimmed(supportEmail)));
        preferences.write(updates, caller);
        done("branding");
    }

    /** Up to three links, each kept only with an http(s) address (the footer's rule); a link without address is none. */
    public void saveFooter() throws IOException {
        JsonArrayBuilder links = Json.createArrayBuilder();
        boolean refused = false;
        for (int i = 0; i < FOOTER_LINKS; i++) {
            String url = trimmed(footerUrls[i]);
            if (url.isEmpty()) {
                continue;
            }
            if (!Preferences.isFooterUrl(url)) {
                FacesTexts.error("footer:url" + i, FacesTexts.text("customize.footerUrlRefused"));
                refused = true;
            }
            String icon = FOOTER_ICONS.contains(footerIcons[i]) ? footerIcons[i] : FOOTER_ICONS.get(0);
            links.add(Json.createObjectBuilder().add("icon", icon).add("url", url));
        }
        if (refused) {
            FacesTexts.error(null, FacesTexts.text("customize.footerNotSaved"));
            return;
        }
        preferences.write(Map.of(FOOTER, Json.createValue(links.build().toString())), caller);
        done("footer");
    }

    /** E39's change; a caller out of its reach (a manager) is not offered the form, and refused if they post it anyway. */
    public void savePrompt() throws IOException {
        if (!isPromptOffered()) {
            FacesTexts.error(null, FacesTexts.text("customize.promptNotAllowed"));
            return;
        }
        preferences.changeDefaultSystemPrompt(prompt);
        done("prompt");
    }

    /** Whether the default system prompt is within this caller's reach (not a manager's: E39 is for admins). */
    public boolean isPromptOffered() {
        return Preferences.reaches(caller, PROMPT) && authorization.flexAllows(Role.ADMIN);
    }

    /** The header's logo address, empty while the default applies. */
    public boolean isCustomLogo() {
        return logos.customName().isPresent();
    }

    public long getMaxKilobytes() {
        return (logos.readLimit() - 1) / 1024;
    }

    public List<String> getFooterIconChoices() {
        return FOOTER_ICONS;
    }

    private static JsonArray footerLinks(String text) {
        return JsonText.readArray(text.isEmpty() ? "[]" : text).orElse(JsonValue.EMPTY_JSON_ARRAY);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : "";
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static void done(String what) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + ADDRESS + "?done=" + what);
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public String getAppName() {
        return appName;
    }

    public void setAppName(String appName) {
        this.appName = appName;
    }

    public String getPageTitle() {
        return pageTitle;
    }

    public void setPageTitle(String pageTitle) {
        this.pageTitle = pageTitle;
    }

    public String getSupportEmail() {
        return supportEmail;
    }

    public void setSupportEmail(String supportEmail) {
        this.supportEmail = supportEmail;
    }

    public String[] getFooterIcons() {
        return footerIcons;
    }

    public String[] getFooterUrls() {
        return footerUrls;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }
}
