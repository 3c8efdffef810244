package org.gatehouse.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E63's checks in one place, for the API and the console alike: the order and the words of each refusal. */
class LogosTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private TestDatabase db;
    private EntityManager em;
    private Logos logos;
    private SystemSettings settings;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        StoredImages images = new StoredImages();
        images.em = em;
        images.clock = clock;
        images.configuration = SettingsFixture.configuration(Map.of("GATEHOUSE_IMAGE_MAX_BYTES", "64"),
                SettingsFixture.overlay(em, clock));
        settings = SettingsFixture.systemSettings(em, clock);
        logos = new Logos();
        logos.images = images;
        logos.settings = settings;
        em.getTransaction().begin();
    }

    @AfterEach
    void closeDatabase() {
        em.getTransaction().rollback();
        em.close();
        db.close();
    }

    @Test
    void noFileAReservedNameAnEmptyFileAndNonImagesAreRefusedInTheApisWords() {
        assertEquals(Optional.of(new Logos.Refused(Logos.Reason.NO_FILE, "No logo file provided.")),
                logos.upload(Optional.empty(), null));
        assertEquals(Optional.of(new Logos.Refused(Logos.Reason.RESERVED_NAME, "Invalid file name. Please choose a different file.")),
                logos.upload(Optional.of("anything-llm.png"), PNG));
        assertEquals(Logos.Reason.NO_FILE, logos.upload(Optional.of("logo.png"), new byte[0]).orElseThrow().reason());
        assertEquals(Optional.of(new Logos.Refused(Logos.Reason.NOT_AN_IMAGE, "Only PNG, JPEG, GIF and WebP pictures are accepted.")),
                logos.upload(Optional.of("logo.png"), "<svg onload=alert(1)>".getBytes()));
        assertEquals(Optional.of(new Logos.Refused(Logos.Reason.TOO_LARGE, "The picture is larger than 64 bytes.")),
                logos.upload(Optional.of("logo.png"), new byte[logos.readLimit()]));
        assertEquals(Optional.empty(), logos.customName(), "nothing refused was stored");
    }

    @Test
    void anImageBecomesTheCustomLogoUnderANewNameAndRemoveRestoresTheDefault() {
        assertEquals(Optional.empty(), logos.upload(Optional.of("ours.png"), PNG));
        String first = logos.customName().orElseThrow();
        assertTrue(first.matches("[0-9a-f-]{36}\\.png"), first);
        assertEquals(Optional.empty(), logos.upload(Optional.empty(), PNG));
        String second = logos.customName().orElseThrow();
        assertTrue(!second.equals(first), "each upload is a new name, so no cache serves the old one");
        logos.remove();
        assertEquals(Optional.empty(), logos.customName());
        assertEquals(Optional.of(SystemSettings.DEFAULT_LOGO), settings.value(SystemSettings.LOGO_FILENAME));
    }
}
