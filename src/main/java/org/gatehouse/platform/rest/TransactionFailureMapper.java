package org.gatehouse.platform.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that fails at its commit (a database refusing the write) reaches JAX-RS as a
 * {@link TransactionalException}, for which Jersey brings a mapper of its own that rethrows it to the
 * container. This one is chosen first and answers as {@link ErrorMapper} does: the cause mapped, or the
 * JSON 500 with a reference the log repeats. The transaction is rolled back either way.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private final ErrorMapper errors = new ErrorMapper();

    @Override
    public Response toResponse(TransactionalException failure) {
        return errors.toResponse(failure.getCause() == null ? failure : failure.getCause());
    }
}
