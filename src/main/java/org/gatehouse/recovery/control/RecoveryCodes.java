package org.gatehouse.recovery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.recovery.entity.RecoveryCode;
import org.gatehouse.users.entity.User;

/**
 * Account recovery codes (contract 6.2): four random UUIDs, stored only as SHA-256 digests (AnythingLLM
 * uses bcrypt; a UUID's 122 random bits need no slow hash, and a digest can be looked up).
 */
@ApplicationScoped
public class RecoveryCodes {

    public static final int PER_USER = 4;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    /** Creates the user's codes and marks them seen; the plain codes are returned this once only. */
    @Transactional
    public List<String> issue(User user) {
        List<String> codes = new ArrayList<>(PER_USER);
        for (int i = 0; i < PER_USER; i++) {
            String code = UUID.randomUUID().toString();
            em.persist(new RecoveryCode(user.getId(), SecretDigest.of(code), clock.instant()));
            codes.add(code);
        }
        em.find(User.class, user.getId()).setSeenRecoveryCodes(Boolean.TRUE);
        return codes;
    }
}
