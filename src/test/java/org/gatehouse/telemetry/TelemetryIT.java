package org.gatehouse.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract 6.8: what telemetry sends, to a local receiver, and that nothing is sent while it is off. */
class TelemetryIT extends GatehouseIT {

    private HttpServer receiver;
    private final LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/capture", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Json.createReader(new StringReader(body)).readObject());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        controls.setEnv("GATEHOUSE_TELEMETRY_URL", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/capture");
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void offByDefaultNothingIsSent() throws InterruptedException {
        api.post("/api/onboarding", "").expectStatus(200);
        new Accounts(api).enableMultiUser();
        assertEquals(null, received.poll(2, TimeUnit.SECONDS));
    }

    @Test
    void onItSendsAnonymousEvents() throws InterruptedException {
        controls.setEnv("DISABLE_TELEMETRY", "false");
        api.post("/api/onboarding", "").expectStatus(200);
        JsonObject first = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(first, "onboarding_complete was sent");
        assertEquals("onboarding_complete", first.getString("event"));
        assertTrue(first.getString("distinctId").matches("[0-9a-f-]{36}"));
        assertEquals("{\"runtime\":\"gatehouse\"}", first.getJsonObject("properties").toString());

        new Accounts(api).enableMultiUser();
        assertEquals("enabled_multi_user_mode", received.poll(10, TimeUnit.SECONDS).getString("event"));
        new Accounts(api).login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        JsonObject login = received.poll(10, TimeUnit.SECONDS);
        assertEquals("login_event", login.getString("event"));
        assertEquals(first.getString("distinctId"), login.getString("distinctId"), "one id per installation");
        assertEquals("{\"multiUserMode\":false,\"runtime\":\"gatehouse\"}", login.getJsonObject("properties").toString());
        assertFalse(login.toString().contains(Accounts.ADMIN), "no user data");
        assertFalse(login.toString().contains("127.0.0.1"), "no addresses");
    }

    @Test
    void switchingOffSendsOneLastEventThenNothing() throws InterruptedException {
        controls.setEnv("DISABLE_TELEMETRY", "false");
        api.post("/api/system/update-env", "{\"DisableTelemetry\":\"true\"}").expectStatus(200)
                .expectJson("{\"newValues\":{\"DisableTelemetry\":\"true\"},\"error\":false}");
        assertEquals("telemetry_disabled", received.poll(10, TimeUnit.SECONDS).getString("event"));
        api.post("/api/onboarding", "").expectStatus(200);
        assertEquals(null, received.poll(2, TimeUnit.SECONDS));
    }
}
