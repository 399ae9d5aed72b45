package uk.awarding.platform.testing.fuzz;

import java.net.URI;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * The opening every service's fuzz test shares: the running service and its database. A service's
 * {@code @QuarkusTest} subclass states only its own callers, path values and bodies on {@link #fuzzer()}.
 */
public abstract class ServiceFuzzTest {

    @TestHTTPResource("/")
    protected URI base;

    @Inject
    DataSource dataSource;

    /** An {@link ApiFuzzer} for the service under test that proves a refused request wrote nothing to its database. */
    protected ApiFuzzer fuzzer() {
        return ApiFuzzer.of(base).state(DatabaseState.of(dataSource));
    }

    /** As {@link #fuzzer()}, for a service that records some refusals: a refused request may write to {@code tables}. */
    protected ApiFuzzer fuzzer(String... tables) {
        return ApiFuzzer.of(base).state(DatabaseState.of(dataSource, tables));
    }
}
