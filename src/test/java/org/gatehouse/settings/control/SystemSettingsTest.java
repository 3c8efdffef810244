package org.gatehouse.settings.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Multi-user mode as every authenticated request asks for it: from the database until it is seen on. */
class SystemSettingsTest {

    private TestDatabase db;
    private EntityManager em;
    private SystemSettings settings;

    @BeforeEach
    void wire() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
        settings = SettingsFixture.systemSettings(em, MutableClock.at(Instant.parse("2026-06-01T12:00:00Z")));
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    private void write(String value) {
        TestDatabase.inTransaction(em, () -> {
            em.createNativeQuery("UPDATE system_settings SET value = ? WHERE label = 'multi_user_mode'")
                    .setParameter(1, value).executeUpdate();
            return null;
        });
        em.clear();
    }

    @Test
    void offIsReadAgainEveryTimeSoAnotherNodesSwitchIsSeenAtOnce() {
        assertFalse(settings.isMultiUserMode());
        write("true"); // as another node's switch commits it
        assertTrue(settings.isMultiUserMode());
    }

    @Test
    void onceSeenOnItStaysOnWithoutAskingTheDatabaseUntilThePutThatTurnsItOff() {
        write("true");
        assertTrue(settings.isMultiUserMode());
        write("false"); // nothing in Gatehouse does this behind its back: the answer no longer reads the row
        assertTrue(settings.isMultiUserMode());
        TestDatabase.inTransaction(em, () -> {
            settings.put(SystemSettings.MULTI_USER_MODE, "false");
            return null;
        });
        assertFalse(settings.isMultiUserMode());
    }

    @Test
    void anUncommittedSwitchInsideATransactionIsNotRemembered() {
        em.getTransaction().begin();
        settings.put(SystemSettings.MULTI_USER_MODE, "true");
        assertTrue(settings.isMultiUserMode(), "the transaction sees its own change");
        em.getTransaction().rollback();
        em.clear();
        assertFalse(settings.isMultiUserMode(), "rolled back, so still off");
    }
}
