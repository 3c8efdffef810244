package org.gatehouse.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.json.JsonText;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * System preferences (contract 6.5, E34, E35): which labels may be read and written, by whom, and the
 * validation each supported label's value passes before it is stored as text.
 */
@ApplicationScoped
public class Preferences {

    /** Labels a manager may read and write in multi-user mode. */
    public static final Set<String> MANAGER_LABELS =
            Set.of("custom_app_name", "footer_data", "support_email", "meta_page_title", "meta_page_favicon");

    static final Set<String> SKILL_LISTS = Set.of("default_agent_skills", "disabled_agent_skills",
            "disabled_filesystem_skills", "disabled_create_files_skills", "disabled_gmail_skills",
            "disabled_google_calendar_skills", "disabled_outlook_skills");

    static final Set<String> AGENT_CONFIGS = Set.of("gmail_agent_config", "google_calendar_agent_config", "outlook_agent_config");

    /** Readable through E34 (6.5's public list). */
    static final Set<String> PUBLIC = Set.of("footer_data", "support_email", "text_splitter_chunk_size",
            "text_splitter_chunk_overlap", "max_embed_chunk_size", "agent_search_provider", "agent_sql_connections",
            "default_agent_skills", "disabled_agent_skills", "disabled_filesystem_skills", "disabled_create_files_skills",
            "disabled_gmail_skills", "gmail_agent_config", "disabled_google_calendar_skills",
            "google_calendar_agent_config", "disabled_outlook_skills", "outlook_agent_config", "imported_agent_skills",
            "agent_clarifying_questions_enabled", "agent_clarifying_questions_max_per_turn", "custom_app_name",
            "feature_flags", "meta_page_title", "meta_page_favicon", "memory_enabled", "memory_auto_extraction");

    /** Public in AnythingLLM's list but never emitted by its reader. */
    static final Set<String> NEVER_EMITTED = Set.of("gmail_agent_config", "disabled_google_calendar_skills",
            "google_calendar_agent_config", "outlook_agent_config", "agent_clarifying_questions_enabled",
            "agent_clarifying_questions_max_per_turn");

    /**
     * Writable through E35. {@code logo_filename} and {@code telemetry_id} are left out on purpose (the
     * logo has its own upload endpoint, the telemetry id is internal); see docs/compatibility.md.
     */
    static final Set<String> SUPPORTED = Set.of("custom_app_name", "support_email", "footer_data", "meta_page_title",
            "meta_page_favicon", "default_system_prompt", "hub_api_key", "text_splitter_chunk_size",
            "text_splitter_chunk_overlap", "agent_search_provider", "default_agent_skills", "disabled_agent_skills",
            "disabled_filesystem_skills", "disabled_create_files_skills", "disabled_gmail_skills",
            "disabled_google_calendar_skills", "disabled_outlook_skills", "gmail_agent_config",
            "google_calendar_agent_config", "outlook_agent_config", "agent_sql_connections",
            "agent_clarifying_questions_enabled", "agent_clarifying_questions_max_per_turn",
            "experimental_live_file_sync", "memory_enabled", "memory_auto_extraction");

    static final Set<String> SEARCH_PROVIDERS = Set.of("google-search-engine", "searchapi", "serper-dot-dev",
            "bing-search", "serply-engine", "searxng-engine", "tavily-search", "duckduckgo-engine", "exa-search", "serpapi");

    /**
     * The maximum chunk length AnythingLLM's default (native) embedder reports, which it answers for
     * {@code max_embed_chunk_size} and for an unset {@code text_splitter_chunk_size}; Gatehouse runs no
     * embedder, so it is the one value.
     */
    static final int EMBEDDER_MAX_CHUNK_LENGTH = 1000;

    @Inject
    SystemSettings settings;

    /**
     * The manager-only rule: a manager (a signed-in user, so multi-user mode) reads and writes only
     * {@link #MANAGER_LABELS}; an admin, single-user mode and the developer API (no user) reach every label.
     */
    public static boolean reaches(Optional<User> caller, String label) {
        return caller.filter(user -> user.is(Role.MANAGER)).isEmpty() || MANAGER_LABELS.contains(label);
    }

    /** E34: the requested labels' values, in the order asked, that are public and within the caller's reach. */
    public Map<String, JsonValue> read(List<String> labels, Optional<User> caller) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        for (String label : labels) {
            if (PUBLIC.contains(label) && !NEVER_EMITTED.contains(label) && reaches(caller, label)) {
                values.put(label, valueOf(label));
            }
        }
        return values;
    }

    private JsonValue valueOf(String label) {
        Optional<String> stored = settings.value(label);
        return switch (label) {
            case "footer_data" -> Json.createValue(stored.orElse("[]"));
            case "text_splitter_chunk_size" -> stored.filter(text -> !text.isEmpty()).<JsonValue>map(Json::createValue)
                    .orElse(Json.createValue(EMBEDDER_MAX_CHUNK_LENGTH));
            case "max_embed_chunk_size" -> Json.createValue(EMBEDDER_MAX_CHUNK_LENGTH);
            case "imported_agent_skills" -> JsonValue.EMPTY_JSON_ARRAY;
            case "agent_sql_connections" -> stored.map(Preferences::parseArray).orElse(JsonValue.EMPTY_JSON_ARRAY);
            case "feature_flags" -> Json.createObjectBuilder().add("experimental_live_file_sync",
                    "enabled".equals(settings.value("experimental_live_file_sync").orElse(null))).build();
            case "memory_enabled" -> Json.createValue(stored.orElse("false"));
            case "memory_auto_extraction" -> Json.createValue(stored.orElse("true"));
            default -> SKILL_LISTS.contains(label) ? stored.map(Preferences::parseArray).orElse(JsonValue.EMPTY_JSON_ARRAY)
                    : stored.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL);
        };
    }

    /**
     * E35: keeps the supported labels within the caller's reach, validates each value (JSON as the client
     * sent it: preference values are strings, numbers, lists or objects) and stores it as text.
     */
    @Transactional
    public void write(Map<String, JsonValue> updates, Optional<User> caller) {
        for (Map.Entry<String, JsonValue> update : updates.entrySet()) {
            String label = update.getKey();
            if (!SUPPORTED.contains(label) || !reaches(caller, label)) {
                continue;
            }
            settings.put(label, normalize(label, update.getValue()));
        }
    }

    /** The text a supported label stores for this value (null: SQL NULL), by the hooks of contract 6.5. */
    String normalize(String label, JsonValue value) {
        String text = value == null || value == JsonValue.NULL ? null : JsValues.string(value);
        if (SKILL_LISTS.contains(label)) {
            return skillList(value);
        }
        if (AGENT_CONFIGS.contains(label)) {
            return mergedConfig(label, value);
        }
        return switch (label) {
            case "footer_data" -> footer(text);
            case "meta_page_title" -> value instanceof JsonString s && !s.getString().isEmpty() ? s.getString() : null;
            case "meta_page_favicon" -> text == null ? null : Configuration.normalizedUrl(text).orElse(null);
            case "default_system_prompt" -> defaultSystemPrompt(value instanceof JsonString s ? s.getString() : null);
            case "hub_api_key" -> JsValues.truthy(value) ? text : null;
            case "text_splitter_chunk_size" -> numberText(positiveNumber(value, 0, 1000, false));
            case "text_splitter_chunk_overlap" -> numberText(positiveNumber(value, 0, 20, true));
            case "agent_search_provider" -> text != null && SEARCH_PROVIDERS.contains(text) ? text : null;
            case "agent_sql_connections" -> sqlConnections(value);
            case "agent_clarifying_questions_enabled", "memory_enabled", "memory_auto_extraction" ->
                    String.valueOf("true".equals(text));
            case "agent_clarifying_questions_max_per_turn" -> String.valueOf(clamp(value));
            case "experimental_live_file_sync" -> "enabled".equals(text) ? "enabled" : "disabled";
            default -> text; // custom_app_name, support_email: stored as given
        };
    }

    /** E39 (and E35's label): the prompt new workspaces start with, trimmed; none or blank unsets it. */
    @Transactional
    public void changeDefaultSystemPrompt(String prompt) {
        settings.put("default_system_prompt", defaultSystemPrompt(prompt));
    }

    private static String defaultSystemPrompt(String prompt) {
        return prompt == null || prompt.trim().isEmpty() ? null : prompt.trim();
    }

    /** Only items whose {@code url} is an http(s) URL, at most three; anything unreadable is {@code "[]"}. */
    static String footer(String text) {
        JsonValue parsed = text == null ? null : parseArray(text);
        if (!(parsed instanceof JsonArray items)) {
            return "[]";
        }
        JsonArrayBuilder kept = Json.createArrayBuilder();
        int count = 0;
        for (JsonValue item : items) {
            if (count < 3 && item instanceof JsonObject link && link.get("url") instanceof JsonString url && isWebUrl(url.getString())) {
                kept.add(link);
                count++;
            }
        }
        return kept.build().toString();
    }

    /** The footer's rule for one link: an http(s) URL with a host, or {@link #footer} drops the item. */
    public static boolean isFooterUrl(String text) {
        return text != null && isWebUrl(text);
    }

    static final String INVALID_SUPPORT_EMAIL = "Enter an email address such as help@example.com, or leave it empty.";
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * The console's check of a support email before it is written (E35 itself stores what the web client
     * sends, whose field is an {@code type=email} input): empty clears it, else one address.
     */
    public static Optional<String> supportEmailRefusal(String email) {
        if (email == null || email.isBlank() || EMAIL.matcher(email.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(INVALID_SUPPORT_EMAIL);
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String skillList(JsonValue value) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        if (value instanceof JsonString text) {
            for (String skill : text.getString().split(",")) {
                if (!skill.isBlank()) {
                    list.add(skill.trim());
                }
            }
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> { if (item instanceof JsonString s && !s.getString().isBlank()) list.add(s.getString().trim()); });
        }
        return list.build().toString();
    }

    /** Merges into the stored object; masked secrets ({@code ***}) keep their stored value. */
    private String mergedConfig(String label, JsonValue value) {
        Map<String, JsonValue> merged = new LinkedHashMap<>();
        settings.value(label).map(Preferences::parseObject).ifPresent(merged::putAll);
        JsonObject incoming = value instanceof JsonObject object ? object
                : value instanceof JsonString text ? parseObject(text.getString()) : JsonValue.EMPTY_JSON_OBJECT;
        incoming.forEach((key, item) -> {
            if (!(item instanceof JsonString s && s.getString().matches("\\*{3,}"))) {
                merged.put(key, item);
            }
        });
        var object = Json.createObjectBuilder();
        merged.forEach(object::add);
        return object.build().toString();
    }

    /** add/update/remove actions against the stored list of connections, keyed by {@code database_id}. */
    private String sqlConnections(JsonValue value) {
        Map<String, JsonObject> connections = new LinkedHashMap<>();
        JsonArray existing = settings.value("agent_sql_connections").map(Preferences::parseArray)
                .orElse(JsonValue.EMPTY_JSON_ARRAY).asJsonArray();
        for (JsonValue stored : existing) {
            if (stored instanceof JsonObject connection) {
                connections.put(connection.getString("database_id", ""), connection);
            }
        }
        JsonValue actions = value instanceof JsonString text ? parseArray(text.getString()) : value;
        if (actions instanceof JsonArray list) {
            for (JsonValue item : list) {
                if (!(item instanceof JsonObject action)) {
                    continue;
                }
                String id = action.getString("database_id", "");
                switch (action.getString("action", "")) {
                    case "add", "update" -> connections.put(id, Json.createObjectBuilder(action).remove("action").build());
                    case "remove" -> connections.remove(id);
                    default -> { }
                }
            }
        }
        JsonArrayBuilder result = Json.createArrayBuilder();
        connections.values().forEach(result::add);
        return result.build().toString();
    }

    private static double positiveNumber(JsonValue value, double floor, double fallback, boolean zeroAllowed) {
        Double number = number(value);
        if (number == null || number.isNaN() || (zeroAllowed ? number < floor : number <= floor)) {
            return fallback;
        }
        return number;
    }

    /** As JavaScript's String(number) writes it: whole numbers without a fraction. */
    private static String numberText(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : String.valueOf(number);
    }

    private static int clamp(JsonValue value) {
        Double number = number(value);
        if (number == null || number.isNaN()) {
            return 3;
        }
        return (int) Math.max(1, Math.min(10, Math.floor(number)));
    }

    private static Double number(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        if (value instanceof JsonString s) {
            try {
                return Double.valueOf(s.getString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static JsonValue parseArray(String text) {
        return JsonText.readArray(text).orElse(JsonValue.EMPTY_JSON_ARRAY);
    }

    static JsonObject parseObject(String text) {
        return JsonText.readObject(text).orElse(JsonValue.EMPTY_JSON_OBJECT);
    }
}
