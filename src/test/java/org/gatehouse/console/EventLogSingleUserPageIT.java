package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Single-user mode: the password holder reads, filters and exports the event log (AnythingLLM's flexUserRoleValid([admin])). */
class EventLogSingleUserPageIT extends GatehouseIT {

    private static final String PASSWORD = "single-user-secret-2026";

    @Test
    void thePasswordHolderOpensFiltersAndExportsTheLog() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("input#signIn\\:password", "not-the-password").clickAndWait("#signIn\\:submit");
            browser.go("/login").type("input#signIn\\:password", PASSWORD).clickAndWait("#signIn\\:submit");
            browser.go("/admin/event-log");
            assertTrue(browser.has("#nav-event-log"), "listed in the sidebar");
            assertEquals(List.of("login_event", "failed_login_invalid_password"), events(browser));
            browser.go("/admin/event-log?type=failed_login_invalid_password");
            assertEquals(List.of("failed_login_invalid_password"), events(browser));
            browser.screenshot("event-log-single-user", 1280).assertAccessible();
            String session = browser.driver().manage().getCookieNamed("gatehouse_session").getValue();
            String csv = api.withHeader("Cookie", "gatehouse_session=" + session)
                    .get("/admin/event-log?type=failed_login_invalid_password&export=csv").expectStatus(200).text();
            assertEquals(2, csv.split("\n").length, csv);
            assertTrue(csv.split("\n")[1].contains(",\"failed_login_invalid_password\","));
        }
    }

    private static List<String> events(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#events tbody tr")).stream()
                .map(row -> row.getAttribute("data-event")).toList();
    }
}
