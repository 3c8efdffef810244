package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** Single-user mode: the password holder reviews, exports and clears the chats. */
class ChatHistorySingleUserPageIT extends GatehouseIT {

    private static final String PASSWORD = "single-user-secret-2026";

    @Test
    void thePasswordHolderReviewsExportsAndClears() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        String token = api.post("/api/request-token", "{\"password\":\"" + PASSWORD + "\"}").json().getString("token");
        int solo = api.withToken(token).post("/api/workspace/new", "{\"name\":\"Solo\"}").json()
                .getJsonObject("workspace").getInt("id");
        controls.addContent(solo, null);
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("input#signIn\\:password", PASSWORD).clickAndWait("#signIn\\:submit");
            browser.go("/admin/chat-history");
            assertEquals("1 chat found", browser.find("#total").getText());
            browser.screenshot("chat-history-single-user", 1280).assertAccessible();
            assertTrue(ChatHistoryPageIT.export(browser, "jsonl").get(1).contains("\"hello\""));
            assertEquals(1, controls.events("exported_chats").size());
            browser.clickAndWait("#clearAll").clickAndWait("#clear\\:confirm");
            assertEquals("/admin/chat-history?cleared=1", browser.path());
        }
    }
}
