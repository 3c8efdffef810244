package org.gatehouse.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.gatehouse.events.entity.EventLog;

/**
 * Writes the audit log (contract 6.4, appendix A). It joins the caller's transaction, so an event is
 * recorded exactly when the state change it describes commits. Metadata never holds a secret.
 */
@ApplicationScoped
public class EventLogService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void record(String event, JsonObject metadata, Integer userId) {
        em.persist(new EventLog(event, metadata.toString(), userId, clock.instant()));
    }
}
