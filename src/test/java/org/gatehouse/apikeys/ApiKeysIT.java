package org.gatehouse.apikeys;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** E41-E46 in both modes, the /api/v1 key check of 1.5, hashing at rest, expiry and creators. */
class ApiKeysIT extends GatehouseIT {

    private static final String KEY_FORMAT = "[0-9A-HJKMNP-TV-Z]{7}(-[0-9A-HJKMNP-TV-Z]{7}){3}";
    private static final String NO_KEY = "{\"error\":\"No valid api key found.\"}";

    @Test
    void singleUserFamilyCreatesListsAndDeletes() {
        JsonObject created = api.post("/api/system/generate-api-key", "{\"name\":\"  ci  \"}").expectStatus(200).json();
        assertTrue(created.isNull("error"));
        JsonObject key = created.getJsonObject("apiKey");
        String secret = key.getString("secret");
        assertTrue(secret.matches(KEY_FORMAT), secret);
        assertEquals("ci", key.getString("name"));
        assertTrue(key.isNull("createdBy"));
        assertEquals("{\"name\":\"ci\"}", controls.events("api_key_created").get(0).getJsonObject("metadata").toString());

        JsonObject listed = api.get("/api/system/api-keys").expectStatus(200).json().getJsonArray("apiKeys").getJsonObject(0);
        assertEquals(secret.substring(0, 7) + "-*******-*******-*******", listed.getString("secret"), "masked in lists");

        api.withToken(secret).get("/api/v1/auth").expectStatus(200).expectJson("{\"authenticated\":true}");
        api.withHeader("Authorization", "Token " + secret).get("/api/v1/admin/is-multi-user-mode")
                .expectJson("{\"isMultiUser\":false}");

        api.delete("/api/system/api-key/" + key.getInt("id")).expectStatus(200).expectText("");
        api.withToken(secret).get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
        api.delete("/api/system/api-key/abc").expectStatus(400).expectText("Bad Request");
        api.get("/api/admin/api-keys").expectStatus(401).expectText("Unauthorized");
        api.post("/api/admin/generate-api-key", "{}").expectStatus(401).expectText("Unauthorized");
        api.delete("/api/admin/delete-api-key/1").expectStatus(401).expectText("Unauthorized");
        assertEquals("{}", controls.events("api_key_deleted").get(0).getJsonObject("metadata").toString());
    }

    @Test
    void everyFailureOfValidApiKeyIsTheSame403() {
        api.get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
        api.withHeader("Authorization", "null").get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
        api.withToken("0000000-0000000-0000000-0000000").get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
    }

    @Test
    void theDatabaseNeverHoldsTheSecret() {
        String secret = api.post("/api/system/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret");
        String dump = api.get("/api/__test__/dump/api_keys").expectStatus(200).text();
        assertFalse(dump.contains(secret), "no key in clear");
        assertFalse(dump.contains(secret.substring(8)), "not even its hidden part");
        assertTrue(dump.contains(secret.substring(0, 7)), "the visible prefix only");
    }

    @Test
    void keysCanExpire() {
        Instant now = Instant.parse("2026-05-01T08:00:00Z");
        controls.setClock(now);
        String secret = api.post("/api/system/generate-api-key", "{\"expiresAt\":\"" + now.plus(Duration.ofDays(1)) + "\"}")
                .expectStatus(200).json().getJsonObject("apiKey").getString("secret");
        api.withToken(secret).get("/api/v1/auth").expectStatus(200);
        controls.setClock(now.plus(Duration.ofDays(1)));
        api.withToken(secret).get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
        api.post("/api/system/generate-api-key", "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}").expectStatus(400);
        api.post("/api/system/generate-api-key", "{\"expiresAt\":\"tomorrow\"}").expectStatus(400);
        api.post("/api/system/generate-api-key", "{\"expiresAt\":20270131}").expectStatus(400)
                .expectJson("{\"apiKey\":null,\"error\":\"expiresAt must be an ISO-8601 instant in the future, such as 2027-01-31T00:00:00Z\"}");
        api.post("/api/system/generate-api-key", "{\"expiresAt\":null}").expectStatus(200);
    }

    @Test
    void lastUsedAtIsRecordedAtMostOncePerMinute() {
        Instant now = Instant.parse("2026-05-01T08:00:00Z");
        controls.setClock(now);
        String secret = api.post("/api/system/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret");
        api.withToken(secret).get("/api/v1/auth").expectStatus(200);
        assertEquals("2026-05-01T08:00:00.000Z", lastUsed());
        controls.setClock(now.plusSeconds(30));
        api.withToken(secret).get("/api/v1/auth").expectStatus(200);
        assertEquals("2026-05-01T08:00:00.000Z", lastUsed(), "no write within the minute");
        controls.setClock(now.plusSeconds(61));
        api.withToken(secret).get("/api/v1/auth").expectStatus(200);
        assertEquals("2026-05-01T08:01:01.000Z", lastUsed());
    }

    private String lastUsed() {
        return api.get("/api/system/api-keys").json().getJsonArray("apiKeys").getJsonObject(0).getString("lastUsedAt");
    }

    @Test
    void multiUserFamilyIsForAdminsAndKeysDieWithTheirCreator() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        int secondId = controls.createUser("ada", "ada-password-2026", "admin", false);
        controls.createUser("mia", "mia-password-2026", "manager", false);
        ApiClient admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        ApiClient ada = api.withToken(accounts.login("ada", "ada-password-2026"));
        ApiClient manager = api.withToken(accounts.login("mia", "mia-password-2026"));

        admin.get("/api/system/api-keys").expectStatus(401).expectText("Unauthorized");
        admin.post("/api/system/generate-api-key", "{}").expectStatus(401).expectText("Unauthorized");
        manager.get("/api/admin/api-keys").expectStatus(401).expectText("Unauthorized");
        admin.delete("/api/system/api-key/1").expectStatus(401).expectText("Unauthorized");
        manager.post("/api/admin/generate-api-key", "{}").expectStatus(401).expectText("Unauthorized");
        manager.delete("/api/admin/delete-api-key/1").expectStatus(401).expectText("Unauthorized");
        api.get("/api/system/api-keys").expectStatus(401).expectJson("{\"error\":\"No auth token found.\"}");

        String secret = ada.post("/api/admin/generate-api-key", "{\"name\":\"ada's\"}").expectStatus(200).json()
                .getJsonObject("apiKey").getString("secret");
        assertEquals("{\"createdBy\":\"ada\",\"name\":\"ada's\"}",
                controls.events("api_key_created").get(0).getJsonObject("metadata").toString());
        JsonObject listed = admin.get("/api/admin/api-keys").json().getJsonArray("apiKeys").getJsonObject(0);
        assertEquals("{\"id\":" + secondId + ",\"username\":\"ada\",\"role\":\"admin\"}", listed.getJsonObject("createdBy").toString());
        api.withToken(secret).get("/api/v1/admin/is-multi-user-mode").expectJson("{\"isMultiUser\":true}");

        controls.suspendUser(secondId);
        api.withToken(secret).get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
        controls.setEnv("API_KEYS_OUTLIVE_CREATOR", "true");
        api.withToken(secret).get("/api/v1/auth").expectStatus(200);
        controls.setEnv("API_KEYS_OUTLIVE_CREATOR", "false");
        controls.unsuspendUser(secondId);
        api.withToken(secret).get("/api/v1/auth").expectStatus(200);
        controls.deleteUser(secondId);
        api.withToken(secret).get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);

        admin.delete("/api/admin/delete-api-key/" + listed.getInt("id")).expectStatus(200).expectText("");
        assertEquals("{\"deletedBy\":\"admin\"}", controls.events("api_key_deleted").get(0).getJsonObject("metadata").toString());
        admin.delete("/api/admin/delete-api-key/x").expectStatus(400);
    }
}
