package org.gatehouse.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.gatehouse.settings.entity.SystemSetting;

/**
 * Reads and writes the labelled rows of {@code system_settings}, always from the database but for one fact:
 * multi-user mode, once a read has seen it on, is known to stay on (nothing turns it off but a rewrite of the
 * setting through {@link #put}, which the tests' reset does), so the check every authenticated request makes
 * stops costing a query.
 */
@ApplicationScoped
public class SystemSettings {

    public static final String MULTI_USER_MODE = "multi_user_mode";
    public static final String ONBOARDING_COMPLETE = "onboarding_complete";
    public static final String CUSTOM_APP_NAME = "custom_app_name";
    public static final String LOGO_FILENAME = "logo_filename";
    public static final String MEMORY_ENABLED = "memory_enabled";
    public static final String MEMORY_AUTO_EXTRACTION = "memory_auto_extraction";

    /** AnythingLLM's bundled logo: a {@code logo_filename} of this value means "no custom logo". */
    public static final String DEFAULT_LOGO = "anything-llm.png";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    /** The stored value; empty when the row is missing or its value is NULL. */
    public Optional<String> value(String label) {
        return em.createNamedQuery(SystemSetting.BY_LABEL, SystemSetting.class)
                .setParameter("label", label)
                .getResultStream()
                .findFirst()
                .map(SystemSetting::getValue);
    }

    /** True when the stored value is exactly {@code "true"}, as AnythingLLM compares. */
    public boolean isTrue(String label) {
        return value(label).filter("true"::equals).isPresent();
    }

    /** Whether a committed {@code multi_user_mode=true} was read on this node and not rewritten since. */
    private volatile boolean multiUserModeSeen;

    /** Multi-user mode (contract 3.1): read from the database until it is seen on, on from then. */
    public boolean isMultiUserMode() {
        if (multiUserModeSeen) {
            return true;
        }
        boolean on = isTrue(MULTI_USER_MODE);
        if (on && !em.isJoinedToTransaction()) {
            multiUserModeSeen = true; // read outside any transaction, so committed
        }
        return on;
    }

    /**
     * Creates or replaces one setting. Two first writes of one label at once would both insert it and the
     * loser's transaction fail on the unique label (a 500, e.g. parallel sign-outs of the single-user password
     * holder): a first write waits for the one well-known row every admin change and the mode switch lock
     * too ({@code multi_user_mode}, seeded by V1), then looks again, so the second writer updates instead.
     */
    @Transactional
    public void put(String label, String value) {
        if (label.equals(MULTI_USER_MODE) && !"true".equals(value)) {
            multiUserModeSeen = false; // only the tests' reset does this, with no request running
        }
        Optional<SystemSetting> existing = find(label);
        if (existing.isEmpty() && !label.equals(MULTI_USER_MODE)) {
            em.createNamedQuery(SystemSetting.BY_LABEL, SystemSetting.class)
                    .setParameter("label", MULTI_USER_MODE)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            existing = find(label);
        }
        if (existing.isPresent()) {
            existing.get().setValue(value, clock.instant());
        } else {
            em.persist(new SystemSetting(label, value, clock.instant()));
        }
    }

    private Optional<SystemSetting> find(String label) {
        return em.createNamedQuery(SystemSetting.BY_LABEL, SystemSetting.class)
                .setParameter("label", label)
                .getResultStream()
                .findFirst();
    }
}
