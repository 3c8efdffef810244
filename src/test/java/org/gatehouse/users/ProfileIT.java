package org.gatehouse.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E19: a user changes their own profile; USER-UPDATE's rules and its user_updated event. */
class ProfileIT extends GatehouseIT {

    private Accounts accounts;
    private int janeId;
    private String jane;

    @BeforeEach
    void signedInJane() {
        accounts = new Accounts(api);
        accounts.enableMultiUser();
        janeId = controls.createUser("jane", "jane-password-2026", "default", false);
        jane = accounts.login("jane", "jane-password-2026");
    }

    @Test
    void renameAndBioAreLoggedAsChanges() {
        api.withToken(jane).post("/api/system/user", "{\"username\":\"jane.doe\",\"bio\":\"Librarian\"}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        JsonObject user = api.withToken(jane).get("/api/system/refresh-user").json().getJsonObject("user");
        assertEquals("jane.doe", user.getString("username"), "a rename keeps the session");
        assertEquals("Librarian", user.getString("bio"));
        JsonObject event = controls.events("user_updated").get(0);
        assertEquals("{\"username\":\"jane.doe\",\"changes\":{\"username\":\"jane => jane.doe\",\"bio\":\" => Librarian\"}}",
                event.getJsonObject("metadata").toString());
        assertEquals(janeId, event.getInt("userId"));
    }

    @Test
    void onlyTheCurrentUsernameChangesNothing() {
        api.withToken(jane).post("/api/system/user", "{\"username\":\"jane\"}").expectStatus(200)
                .expectJson("{\"success\":true,\"error\":null}");
        api.withToken(jane).post("/api/system/user", "{}").expectStatus(200)
                .expectJson("{\"success\":true,\"error\":null}");
        api.withToken(jane).get("/api/system/refresh-user").json().getJsonObject("user").getString("username");
        assertEquals(0, controls.events("user_updated").size());
    }

    @Test
    void anInvalidOrTakenUsernameIsRefused() {
        api.withToken(jane).post("/api/system/user", "{\"username\":\"Jane\"}").expectStatus(400)
                .expectJson("{\"success\":false,\"error\":\"Username must start with a lowercase letter and only "
                        + "contain lowercase letters, numbers, underscores, hyphens, and periods\"}");
        api.withToken(jane).post("/api/system/user", "{\"username\":\"admin\"}").expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"A user with that username already exists\"}");
    }

    @Test
    void aNewPasswordKeepsThisSessionAndEndsTheUsersOtherSessions() {
        String other = accounts.login("jane", "jane-password-2026");
        api.withToken(jane).post("/api/system/user", "{\"password\":\"jane-second-password\"}").expectStatus(200)
                .expectJson("{\"success\":true,\"error\":null}");
        api.withToken(jane).get("/api/system/check-token").expectStatus(200).expectText("OK");
        api.withToken(jane).get("/api/system/refresh-user").expectStatus(200);
        api.withToken(other).get("/api/system/check-token").expectStatus(401)
                .expectJson("{\"error\":\"Invalid auth token.\"}");
        String fresh = accounts.login("jane", "jane-second-password");
        api.withToken(fresh).get("/api/system/check-token").expectStatus(200);
        assertEquals("{\"username\":\"jane\",\"changes\":{}}",
                controls.events("user_updated").get(0).getJsonObject("metadata").toString(), "never the password");
    }

    @Test
    void aSecondPasswordChangeFromAnotherSessionEndsTheSessionKeptBefore() {
        api.withToken(jane).post("/api/system/user", "{\"password\":\"jane-second-password\"}").expectStatus(200);
        String laptop = accounts.login("jane", "jane-second-password");
        api.withToken(laptop).post("/api/system/user", "{\"password\":\"jane-third-password\"}").expectStatus(200)
                .expectJson("{\"success\":true,\"error\":null}");
        api.withToken(laptop).get("/api/system/check-token").expectStatus(200);
        api.withToken(jane).get("/api/system/check-token").expectStatus(401);
    }

    @Test
    void logoutAfterAPasswordChangeEndsTheKeptSessionToo() {
        api.withToken(jane).post("/api/system/user", "{\"password\":\"jane-second-password\"}").expectStatus(200);
        api.withToken(jane).post("/api/system/logout", "").expectStatus(200);
        api.withToken(jane).get("/api/system/check-token").expectStatus(401);
    }

    @Test
    void anAdministratorEndingTheSessionsEndsTheKeptOneToo() {
        api.withToken(jane).post("/api/system/user", "{\"password\":\"jane-second-password\"}").expectStatus(200);
        api.withToken(accounts.login(org.gatehouse.testing.Accounts.ADMIN, org.gatehouse.testing.Accounts.ADMIN_PASSWORD))
                .post("/api/admin/user/" + janeId + "/revoke-sessions", "").expectStatus(200);
        api.withToken(jane).get("/api/system/check-token").expectStatus(401);
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        api.withToken(jane).post("/api/system/user", "{\"password\":\"short\"}").expectStatus(200)
                .expectJson("{\"success\":false,\"error\":\"password should be at least 8 characters long\"}");
        api.withToken(jane).get("/api/system/check-token").expectStatus(200);
    }

    @Test
    void singleUserModeHasNoProfile() {
        controls.reset();
        api.post("/api/system/user", "{\"bio\":\"x\"}").expectStatus(400)
                .expectJson("{\"success\":false,\"error\":\"Profile updates need multi-user mode.\"}");
    }
}
