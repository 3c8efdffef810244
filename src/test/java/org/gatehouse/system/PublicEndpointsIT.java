package org.gatehouse.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** E1, E4, E6-E9: what anyone may ask before signing in, exactly as AnythingLLM answers. */
class PublicEndpointsIT extends GatehouseIT {

    @Test
    void pingAnswersOnline() {
        api.get("/api/ping").expectStatus(200).expectJson("{\"online\":true}");
    }

    @Test
    void migrateAndEnvDumpAreNoOpsWithoutAuthentication() {
        controls.setEnv("AUTH_TOKEN", "single-user-secret-2026");
        api.get("/api/migrate").expectStatus(200).expectContentType("text/plain").expectText("OK");
        api.get("/api/env-dump").expectStatus(200).expectContentType("text/plain").expectText("OK");
    }

    @Test
    void setupCompleteOnAFreshInstall() {
        JsonObject results = api.get("/api/setup-complete").expectStatus(200).json().getJsonObject("results");
        assertEquals(JsonValue.FALSE, results.get("RequiresAuth"));
        assertEquals(JsonValue.FALSE, results.get("AuthToken"));
        assertEquals(JsonValue.TRUE, results.get("JWTSecret"), "a secret was generated on first start");
        assertEquals(JsonValue.FALSE, results.get("MultiUserMode"));
        assertEquals("true", results.getString("DisableTelemetry"), "telemetry is off unless a deployment opts in");
        assertEquals(JsonValue.FALSE, results.get("DisableViewChatHistory"));
        assertEquals(JsonValue.FALSE, results.get("WorkspaceDeletionProtection"));
        assertEquals(JsonValue.FALSE, results.get("SimpleSSOEnabled"));
        assertEquals(JsonValue.FALSE, results.get("SimpleSSONoLogin"));
        assertEquals(JsonValue.NULL, results.get("SimpleSSONoLoginRedirect"));
        assertEquals(JsonValue.FALSE, results.get("MemoryEnabled"));
        assertEquals(JsonValue.TRUE, results.get("MemoryAutoExtraction"));
        assertFalse(results.containsKey("StorageDir"), "the storage path is not disclosed");
    }

    @Test
    void setupCompleteReportsThePasswordAsABooleanOnly() {
        controls.setEnv("AUTH_TOKEN", "s3cret-password");
        var response = api.get("/api/setup-complete").expectStatus(200);
        JsonObject results = response.json().getJsonObject("results");
        assertEquals(JsonValue.TRUE, results.get("RequiresAuth"));
        assertEquals(JsonValue.TRUE, results.get("AuthToken"));
        assertFalse(response.text().contains("s3cret-password"), "secrets never appear");
    }

    @Test
    void setupCompleteTreatsSwitchesAsPresenceFlags() {
        controls.setEnv("DISABLE_VIEW_CHAT_HISTORY", "false");
        controls.setEnv("WORKSPACE_DELETION_PROTECTION", "");
        controls.setEnv("SIMPLE_SSO_ENABLED", "false");
        controls.setEnv("SIMPLE_SSO_NO_LOGIN", "0");
        controls.setEnv("SIMPLE_SSO_NO_LOGIN_REDIRECT", "HTTPS://Portal.Example.com");
        controls.setEnv("DISABLE_TELEMETRY", "true");
        JsonObject results = api.get("/api/setup-complete").expectStatus(200).json().getJsonObject("results");
        assertEquals(JsonValue.TRUE, results.get("DisableViewChatHistory"));
        assertEquals(JsonValue.TRUE, results.get("WorkspaceDeletionProtection"));
        assertEquals(JsonValue.TRUE, results.get("SimpleSSOEnabled"));
        assertEquals(JsonValue.TRUE, results.get("SimpleSSONoLogin"));
        assertEquals("https://portal.example.com/", results.getString("SimpleSSONoLoginRedirect"));
        assertEquals("true", results.getString("DisableTelemetry"));
    }

    @Test
    void setupCompleteHidesTheRedirectUnlessAllThreeSsoVariablesArePresent() {
        controls.setEnv("SIMPLE_SSO_ENABLED", "1");
        controls.setEnv("SIMPLE_SSO_NO_LOGIN_REDIRECT", "https://portal.example.com/");
        JsonObject results = api.get("/api/setup-complete").json().getJsonObject("results");
        assertEquals(JsonValue.NULL, results.get("SimpleSSONoLoginRedirect"));
    }

    @Test
    void setupCompleteFollowsMultiUserModeAndMemorySettings() {
        controls.setSetting("multi_user_mode", "true");
        controls.setSetting("memory_enabled", "true");
        controls.setSetting("memory_auto_extraction", "false");
        JsonObject results = api.get("/api/setup-complete").json().getJsonObject("results");
        assertEquals(JsonValue.TRUE, results.get("MultiUserMode"));
        assertEquals(JsonValue.TRUE, results.get("MemoryEnabled"));
        assertEquals(JsonValue.FALSE, results.get("MemoryAutoExtraction"));
    }

    @Test
    void onboardingIsCompleteOnlyWhenTheSettingIsExactlyTrue() {
        api.get("/api/onboarding").expectStatus(200).expectJson("{\"onboardingComplete\":false}");
        controls.setSetting("onboarding_complete", "TRUE");
        api.get("/api/onboarding").expectJson("{\"onboardingComplete\":false}");
        controls.setSetting("onboarding_complete", "true");
        api.get("/api/onboarding").expectJson("{\"onboardingComplete\":true}");
    }

    @Test
    void multiUserModeFollowsTheSetting() {
        api.get("/api/system/multi-user-mode").expectStatus(200).expectJson("{\"multiUserMode\":false}");
        controls.setSetting("multi_user_mode", "true");
        api.get("/api/system/multi-user-mode").expectJson("{\"multiUserMode\":true}");
    }

    @Test
    void customAppNameIsNullUntilSet() {
        api.get("/api/system/custom-app-name").expectStatus(200).expectJson("{\"customAppName\":null}");
        controls.setSetting("custom_app_name", "Acme Knowledge");
        api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":\"Acme Knowledge\"}");
    }

    @Test
    void isDefaultLogoUntilACustomLogoIsStored() {
        api.get("/api/system/is-default-logo").expectStatus(200).expectJson("{\"isDefaultLogo\":true}");
        controls.setSetting("logo_filename", "");
        api.get("/api/system/is-default-logo").expectJson("{\"isDefaultLogo\":true}");
        controls.setSetting("logo_filename", "acme.png");
        api.get("/api/system/is-default-logo").expectJson("{\"isDefaultLogo\":false}");
    }

    @Test
    void publicEndpointsNeedNoAuthorizationEvenWithAPassword() {
        controls.setEnv("AUTH_TOKEN", "s3cret-password");
        for (String path : new String[] {"/api/ping", "/api/setup-complete", "/api/onboarding",
                "/api/system/multi-user-mode", "/api/system/custom-app-name", "/api/system/is-default-logo"}) {
            assertEquals(200, api.withHeader("Authorization", "null").get(path).status(), path);
            assertEquals(200, api.withToken("garbage").get(path).status(), path);
        }
        assertTrue(api.get("/api/ping").header("Content-Type").orElse("").contains("charset=utf-8"));
    }

    @Test
    void utilsMetricsGivesTheWebClientItsVersionFooter() throws java.io.IOException {
        JsonObject single = api.get("/api/utils/metrics").expectStatus(200).expectContentType("application/json").json();
        assertEquals(java.util.List.of("online", "version", "mode", "vectorDB", "storage", "appVersion"),
                java.util.List.copyOf(single.keySet()));
        assertEquals(JsonValue.TRUE, single.get("online"));
        assertEquals("--", single.getString("version"), "no git commit to report, as AnythingLLM in Docker");
        assertEquals("single-user", single.getString("mode"));
        assertEquals("lancedb", single.getString("vectorDB"));
        assertEquals(java.util.List.of("current", "capacity"), java.util.List.copyOf(single.getJsonObject("storage").keySet()));
        assertTrue(single.getJsonObject("storage").getJsonNumber("capacity").longValue() >= 0);
        assertEquals(builtVersion(), single.getString("appVersion"));

        controls.setEnv("VECTOR_DB", "qdrant");
        new org.gatehouse.testing.Accounts(api).enableMultiUser();
        JsonObject multi = api.get("/api/utils/metrics").expectStatus(200).json();
        assertEquals("multi-user", multi.getString("mode"), "no session needed, as in AnythingLLM");
        assertEquals("qdrant", multi.getString("vectorDB"));
    }

    /** The version Maven wrote into the WAR under test. */
    private static String builtVersion() throws java.io.IOException {
        try (var war = new java.util.zip.ZipFile(System.getProperty("gatehouse.war", "target/gatehouse.war"))) {
            var properties = new java.util.Properties();
            properties.load(war.getInputStream(war.getEntry("META-INF/maven/org.gatehouse/gatehouse/pom.properties")));
            return properties.getProperty("version");
        }
    }
}
