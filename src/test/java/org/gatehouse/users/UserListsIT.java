package org.gatehouse.users;

import static org.gatehouse.testing.Accounts.ADMIN;
import static org.gatehouse.testing.Accounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
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
}
