package org.gatehouse.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Arrays;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E60-E62: profile pictures kept in the database, checked by content, shown only to their owner. */
class ProfilePictureIT extends GatehouseIT {

    /** A 1x1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private ApiClient jane;
    private int janeId;

    @BeforeEach
    void signedInJane() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        janeId = controls.createUser("jane", "jane-password-2026", "default", false);
        jane = api.withToken(accounts.login("jane", "jane-password-2026"));
    }

    @Test
    void uploadShowAndRemove() {
        jane.get("/api/system/pfp/" + janeId).expectStatus(204);
        jane.postFile("/api/system/upload-pfp", "file", "../../etc/passwd.png", "image/png", PNG).expectStatus(200)
                .expectJson("{\"message\":\"Profile picture uploaded successfully.\"}");

        JsonObject user = jane.get("/api/system/refresh-user").json().getJsonObject("user");
        String name = user.getString("pfpFilename");
        assertTrue(name.matches("[0-9a-f-]{36}\\.png"), "a generated name, never the client's: " + name);

        var picture = jane.get("/api/system/pfp/" + janeId).expectStatus(200).expectHeader("Content-Type", "image/png")
                .expectHeader("Content-Disposition", "attachment; filename=" + name)
                .expectHeader("Content-Length", String.valueOf(PNG.length));
        assertArrayEquals(PNG, picture.bytes());

        JsonObject event = controls.events("user_updated").get(0);
        assertEquals("{\"username\":\"jane\",\"changes\":{\"pfpFilename\":\"null => " + name + "\"}}",
                event.getJsonObject("metadata").toString());

        jane.delete("/api/system/remove-pfp").expectStatus(200)
                .expectJson("{\"message\":\"Profile picture removed successfully.\"}");
        jane.get("/api/system/pfp/" + janeId).expectStatus(204);
        assertTrue(jane.get("/api/system/refresh-user").json().getJsonObject("user").isNull("pfpFilename"));
    }

    @Test
    void onlyTheOwnerSeesThePicture() {
        jane.postFile("/api/system/upload-pfp", "file", "me.png", "image/png", PNG).expectStatus(200);
        ApiClient admin = api.withToken(new Accounts(api).login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD));
        admin.get("/api/system/pfp/" + janeId).expectStatus(204);
        api.get("/api/system/pfp/" + janeId).expectStatus(401);
    }

    @Test
    void contentDecidesNotTheNameOrType() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
        jane.postFile("/api/system/upload-pfp", "file", "cat.png", "image/png", svg).expectStatus(400)
                .expectJson("{\"message\":\"Only PNG, JPEG, GIF and WebP pictures are accepted.\"}");
        assertTrue(jane.get("/api/system/refresh-user").json().getJsonObject("user").isNull("pfpFilename"));
        jane.postFile("/api/system/upload-pfp", "other", "cat.png", "image/png", PNG).expectStatus(400)
                .expectJson("{\"message\":\"File upload failed.\"}");
    }

    @Test
    void picturesHaveASizeLimit() {
        controls.setEnv("GATEHOUSE_IMAGE_MAX_BYTES", "1024");
        byte[] big = Arrays.copyOf(PNG, 2048);
        jane.postFile("/api/system/upload-pfp", "file", "big.png", "image/png", big).expectStatus(413)
                .expectJson("{\"message\":\"The picture is larger than 1024 bytes.\"}");
        assertFalse(controls.events().stream().anyMatch(e -> e.getString("event").equals("user_updated")));
    }

    @Test
    void singleUserModeHasNoPictures() {
        controls.reset();
        api.get("/api/system/pfp/1").expectStatus(204);
        api.postFile("/api/system/upload-pfp", "file", "me.png", "image/png", PNG).expectStatus(400)
                .expectJson("{\"message\":\"Profile pictures need multi-user mode.\"}");
    }
}
