package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The privacy page: telemetry is off until an admin switches it on, and what it shows is what a receiver gets. */
class PrivacyPageIT extends TeamIT {

    private HttpServer receiver;
    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    private String receiverUrl;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/capture", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/capture";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void offByDefaultAndSwitchingOnSendsExactlyTheBodiesThePageShows() throws InterruptedException {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).clickAndWait("#nav-privacy");
            assertEquals("/admin/privacy", browser.path());
            assertEquals("Off", browser.find("#switchState").getText());
            assertEquals("None configured", browser.find("#receiver").getText());
            assertEquals("No", browser.find("#sending").getText());
            browser.screenshot("privacy", 1280).screenshot("privacy-phone", 390).assertAccessible();

            browser.clickAndWait("#telemetry\\:switchOn");
            assertEquals("/admin/privacy?done=on", browser.path());
            assertTrue(browser.find("#messages").getText().contains("Anonymous telemetry has been enabled."), browser.text());
            assertEquals("On", browser.find("#switchState").getText());
            assertTrue(browser.find("#notSendingReason").getText().contains("no receiver is configured"), browser.text());
            browser.screenshot("privacy-on-without-receiver", 1280).assertAccessible();
            assertTrue(received.isEmpty(), "no receiver, nothing sent");
            assertEquals(1, controls.events("update_telemetry").size());
            assertEquals("{\"DisableTelemetry\":\"false\"}",
                    controls.events("update_telemetry").get(0).getJsonObject("metadata").toString());

            controls.setEnv("GATEHOUSE_TELEMETRY_URL", receiverUrl);
            browser.go("/admin/privacy");
            assertEquals(receiverUrl, browser.find("#receiver").getText());
            assertEquals("Yes", browser.find("#sending").getText());
            String shownWorkspace = browser.find("#payload-workspace pre").getText();
            String shownLastEvent = browser.find("#payload-switchedOff pre").getText();
            assertTrue(browser.text().contains("POST " + receiverUrl));
            browser.screenshot("privacy-sending", 1280).assertAccessible();

            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("gatehouse_theme", "dark"));
            browser.go("/admin/privacy").screenshot("privacy-dark", 1280).assertAccessible();
            browser.driver().manage().deleteCookieNamed("gatehouse_theme");
            admin.post("/api/workspace/new", "{\"name\":\"Telemetry proof\"}").expectStatus(200);
            String sent = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(sent, "workspace_created was sent");
            assertEquals(shownWorkspace, sent, "the page showed exactly this body");

            browser.clickAndWait("#telemetry\\:switchOff");
            assertEquals("/admin/privacy?done=off", browser.path());
            assertEquals("Off", browser.find("#switchState").getText());
            assertEquals(shownLastEvent, received.poll(10, TimeUnit.SECONDS), "the last event, as shown");
            admin.post("/api/workspace/new", "{\"name\":\"Not reported\"}").expectStatus(200);
            assertEquals(null, received.poll(2, TimeUnit.SECONDS));
            assertEquals(2, controls.events("update_telemetry").size());
        }
    }

    @Test
    void aManagerGetsTheForbiddenPageAndTheSwitchStaysOff() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD);
            assertTrue(!browser.has("#nav-privacy"), "not in a manager's sidebar");
            browser.go("/admin/privacy");
            assertTrue(browser.has("#forbidden"), browser.text());
            String session = browser.driver().manage().getCookieNamed("gatehouse_session").getValue();
            api.withHeader("Cookie", "gatehouse_session=" + session).get("/admin/privacy").expectStatus(403);
        }
        assertTrue(controls.events("update_telemetry").isEmpty());
    }
}
