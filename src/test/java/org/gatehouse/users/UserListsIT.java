package org.gatehouse.users;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E20, E87 and E99: the three user lists, streamed by one writer, each in its own shape. */
class UserListsIT extends GatehouseIT {

    private ApiClient admin;
    private ApiClient v1;

    @BeforeEach
    void usersAndAKey() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        controls.createUser("mia", "mia-password-2026", "manager", false);
        controls.createUser("dan", "dan-password-2026", "default", true);
        admin = api.withToken(accounts.login(ADMIN, ADMIN_PASSWORD));
        v1 = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
    }

    @Test
    void theDeveloperApiListsExactlyWhatTheAdminListShows() {
        String list = admin.get("/api/admin/users").expectStatus(200).expectContentType("application/json").text();
        assertEquals(list, v1.get("/api/v1/admin/users").expectStatus(200).expectContentType("application/json").text(),
                "byte for byte");
        List<JsonObject> users = admin.get("/api/admin/users").json().getJsonArray("users").getValuesAs(JsonObject.class);
        assertEquals(List.of("admin", "mia", "dan"), users.stream().map(user -> user.getString("username")).toList());
        assertEquals(1, users.get(2).getInt("suspended"), "suspended users are listed");
    }

    @Test
    void theSsoDirectoryHasOnlyIdUsernameAndRole() {
        List<JsonObject> users = admin.get("/api/admin/users").json().getJsonArray("users").getValuesAs(JsonObject.class);
        StringBuilder expected = new StringBuilder("{\"users\":[");
        for (JsonObject user : users) {
            expected.append(user == users.get(0) ? "" : ",").append("{\"id\":").append(user.getInt("id"))
                    .append(",\"username\":\"").append(user.getString("username"))
                    .append("\",\"role\":\"").append(user.getString("role")).append("\"}");
        }
        v1.get("/api/v1/users").expectStatus(200).expectContentType("application/json")
                .expectJson(expected.append("]}").toString());
    }

    @Test
    void theStreamedListHasEveryFieldOfEachUserInTheContractsOrder() {
        Instant created = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).plusMillis(89);
        controls.setClock(created);
        int manager = admin.post("/api/admin/users/new", "{\"username\":\"zoe\",\"password\":\"zoe-password-2026\","
                + "\"role\":\"manager\",\"bio\":\"Leads \\\"ops\\\"\\n\u00e9quipe\",\"dailyMessageLimit\":25}")
                .expectStatus(200).json().getJsonObject("user").getInt("id");
        int member = admin.post("/api/admin/users/new", "{\"username\":\"kim\",\"password\":\"kim-password-2026\","
                + "\"role\":\"default\"}").expectStatus(200).json().getJsonObject("user").getInt("id");
        // the list shows the stored lastUpdatedAt, which a suspension leaves as it was
        controls.advanceClock(Duration.ofMinutes(3));
        admin.post("/api/admin/user/" + member, "{\"suspended\":1}").expectStatus(200).expectJson("{\"success\":true,\"error\":null}");

        String list = admin.get("/api/admin/users").expectStatus(200).text();
        DateTimeFormatter wire = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        String expected = "{\"id\":" + manager + ",\"username\":\"zoe\",\"pfpFilename\":null,\"role\":\"manager\","
                + "\"suspended\":0,\"seen_recovery_codes\":false,\"createdAt\":\"" + wire.format(created)
                + "\",\"lastUpdatedAt\":\"" + wire.format(created) + "\",\"dailyMessageLimit\":25,"
                + "\"bio\":\"Leads \\\"ops\\\"\\n\u00e9quipe\"},"
                + "{\"id\":" + member + ",\"username\":\"kim\",\"pfpFilename\":null,\"role\":\"default\","
                + "\"suspended\":1,\"seen_recovery_codes\":false,\"createdAt\":\"" + wire.format(created)
                + "\",\"lastUpdatedAt\":\"" + wire.format(created) + "\",\"dailyMessageLimit\":null,\"bio\":\"\"}]}";
        assertTrue(list.endsWith(expected), "the last two users, field for field:\n" + list);
        List<JsonObject> users = admin.get("/api/admin/users").json().getJsonArray("users").getValuesAs(JsonObject.class);
        assertEquals(List.of("admin", "mia", "dan", "zoe", "kim"), users.stream().map(user -> user.getString("username")).toList());
        assertEquals(v1.get("/api/v1/admin/users").expectStatus(200).text(), list, "the developer API's list is the same text");
    }
}
