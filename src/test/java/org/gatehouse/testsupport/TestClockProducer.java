package org.gatehouse.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** In the test deployment, every injected {@link Clock} is the one clock the tests move. */
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClockProducer {

    static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Singleton
    public Clock clock() {
        return CLOCK;
    }
}
