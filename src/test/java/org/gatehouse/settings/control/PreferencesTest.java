package org.gatehouse.settings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E34 and E35's manager-only rule and the defaults a fresh instance reads. */
class PreferencesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final Optional<User> MANAGER = Optional.of(new User("mia", "hash", Role.MANAGER, NOW));
    private static final Optional<User> ADMIN = Optional.of(new User("ada", "hash", Role.ADMIN, NOW));
    private static final Optional<User> DEFAULT = Optional.of(new User("dan", "hash", Role.DEFAULT, NOW));
    /** Single-user mode and the developer API: no signed-in user. */
    private static final Optional<User> NO_USER = Optional.empty();

    private final Map<String, String> stored = new HashMap<>();
    private Preferences preferences;

    /** The settings table as a map. */
    private final class StoredSettings extends SystemSettings {
        @Override
        public Optional<String> value(String label) {
            return Optional.ofNullable(stored.get(label));
        }

        @Override
        public void put(String label, String value) {
            stored.put(label, value);
        }
    }

    @BeforeEach
    void freshInstance() {
        preferences = new Preferences();
        preferences.settings = new StoredSettings();
    }

    @Test
    void aSupportEmailIsOneAddressOrNothing() {
        assertEquals(Optional.empty(), Preferences.supportEmailRefusal("help@example.com"));
        assertEquals(Optional.empty(), Preferences.supportEmailRefusal(" it-desk@corp.example.org "));
        assertEquals(Optional.empty(), Preferences.supportEmailRefusal(""), "empty clears it");
        assertEquals(Optional.empty(), Preferences.supportEmailRefusal(null));
        for (String wrong : List.of("help", "help@", "@example.com", "help@example", "a b@example.com", "a@b@example.com")) {
            assertEquals(Optional.of(Preferences.INVALID_SUPPORT_EMAIL), Preferences.supportEmailRefusal(wrong), wrong);
        }
    }

    @Test
    void theFooterKeepsOnlyHttpLinksAndIsFooterUrlSaysWhich() {
        assertTrue(Preferences.isFooterUrl("https://docs.example.com/help"));
        assertTrue(Preferences.isFooterUrl("http://intranet.example"));
        assertFalse(Preferences.isFooterUrl("javascript:alert(1)"));
        assertFalse(Preferences.isFooterUrl("ftp://files.example.com"));
        assertFalse(Preferences.isFooterUrl("docs.example.com"));
        assertFalse(Preferences.isFooterUrl(null));
        assertEquals("[{\"icon\":\"Info\",\"url\":\"https://a.example\"}]",
                Preferences.footer("[{\"icon\":\"Info\",\"url\":\"https://a.example\"},{\"icon\":\"Info\",\"url\":\"javascript:x\"}]"));
    }

    @Test
    void aManagerReachesOnlyTheFiveManagerLabels() {
        for (String label : List.of("custom_app_name", "footer_data", "support_email", "meta_page_title", "meta_page_favicon")) {
            assertTrue(Preferences.reaches(MANAGER, label), label);
        }
        for (String label : List.of("text_splitter_chunk_size", "default_system_prompt", "hub_api_key", "agent_sql_connections")) {
            assertFalse(Preferences.reaches(MANAGER, label), label);
        }
    }

    @Test
    void adminsSingleUserModeAndTheDeveloperApiReachEveryLabel() {
        for (Optional<User> caller : List.of(ADMIN, NO_USER)) {
            assertTrue(Preferences.reaches(caller, "text_splitter_chunk_size"));
            assertTrue(Preferences.reaches(caller, "custom_app_name"));
        }
    }

    @Test
    void theManagerRuleIsAboutManagersOnly() {
        // A default user never gets this far (the role guard refuses), so the rule does not limit them.
        assertTrue(Preferences.reaches(DEFAULT, "text_splitter_chunk_size"));
    }

    @Test
    void aManagersWriteOfOtherLabelsIsDropped() {
        Map<String, JsonValue> updates = new LinkedHashMap<>();
        updates.put("custom_app_name", Json.createValue("Mia's"));
        updates.put("text_splitter_chunk_size", Json.createValue(500));
        updates.put("default_system_prompt", Json.createValue("Be brief."));
        preferences.write(updates, MANAGER);
        assertEquals(Map.of("custom_app_name", "Mia's"), stored);
    }

    @Test
    void anAdminsWriteKeepsEverySupportedLabel() {
        preferences.write(Map.of("custom_app_name", Json.createValue("Acme"), "text_splitter_chunk_size", Json.createValue(500),
                "logo_filename", Json.createValue("evil.png")), ADMIN);
        assertEquals(Map.of("custom_app_name", "Acme", "text_splitter_chunk_size", "500"), stored);
    }

    @Test
    void aManagerReadsOnlyTheManagerLabels() {
        stored.put("custom_app_name", "Acme");
        stored.put("text_splitter_chunk_size", "500");
        assertEquals(Map.of("custom_app_name", Json.createValue("Acme")),
                preferences.read(List.of("custom_app_name", "text_splitter_chunk_size"), MANAGER));
        assertEquals(Map.of("custom_app_name", Json.createValue("Acme"), "text_splitter_chunk_size", Json.createValue("500")),
                preferences.read(List.of("custom_app_name", "text_splitter_chunk_size"), ADMIN));
    }

    @Test
    void anUnsetChunkSizeReadsAsTheEmbeddersMaximumAndAnUnsetOverlapAsNull() {
        Map<String, JsonValue> read = preferences.read(List.of("text_splitter_chunk_size", "text_splitter_chunk_overlap"), NO_USER);
        assertEquals(Json.createValue(1000), read.get("text_splitter_chunk_size"));
        assertEquals(JsonValue.NULL, read.get("text_splitter_chunk_overlap"));
    }

    @Test
    void invalidSplitterValuesStoreAnythingLlmsFallbacks() {
        preferences.write(Map.of("text_splitter_chunk_size", Json.createValue(-5), "text_splitter_chunk_overlap", Json.createValue(-1)),
                NO_USER);
        assertEquals(Map.of("text_splitter_chunk_size", "1000", "text_splitter_chunk_overlap", "20"), stored);
    }

    @Test
    void theDefaultSystemPromptIsTrimmedAndBlankUnsetsIt() {
        preferences.changeDefaultSystemPrompt("  Be brief.  ");
        assertEquals("Be brief.", stored.get("default_system_prompt"));
        preferences.changeDefaultSystemPrompt("   ");
        assertTrue(stored.containsKey("default_system_prompt") && stored.get("default_system_prompt") == null);
        preferences.changeDefaultSystemPrompt("x");
        preferences.changeDefaultSystemPrompt(null);
        assertEquals(null, stored.get("default_system_prompt"));
    }
}
