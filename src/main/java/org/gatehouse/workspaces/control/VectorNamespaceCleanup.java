package org.gatehouse.workspaces.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Drops a deleted workspace's vector namespace after the deletion commits; a failure is only logged. */
@ApplicationScoped
public class VectorNamespaceCleanup {

    private static final Logger LOG = Logger.getLogger(VectorNamespaceCleanup.class.getName());

    @Inject
    VectorNamespaces namespaces;

    void afterDeletion(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkspaceDeleted deleted) {
        try {
            namespaces.drop(deleted.slug());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Workspace " + deleted.slug() + " is deleted, but its vector namespace could not be", e);
        }
    }
}
