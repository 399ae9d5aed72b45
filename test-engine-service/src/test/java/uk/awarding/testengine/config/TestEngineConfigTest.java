package uk.awarding.testengine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The constraints Quarkus checks on the configuration at start (Hibernate Validator on the config mapping). */
class TestEngineConfigTest {

    static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void refusesASessionCookieSecretShorterThan32Characters() throws NoSuchMethodException {
        assertEquals(1, violations("a-31-character-secret-012345678").size());
    }

    @Test
    void acceptsASessionCookieSecretOf32Characters() throws NoSuchMethodException {
        assertTrue(violations("a-32-character-secret-0123456789").isEmpty());
    }

    private static java.util.Set<?> violations(String secret) throws NoSuchMethodException {
        Method method = TestEngineConfig.class.getMethod("sessionCookieSecret");
        TestEngineConfig config = (TestEngineConfig) Proxy.newProxyInstance(TestEngineConfig.class.getClassLoader(),
                new Class<?>[] { TestEngineConfig.class },
                (proxy, m, args) -> m.getName().equals("sessionCookieSecret") ? secret : null);
        return VALIDATOR.forExecutables().validateReturnValue(config, method, secret);
    }
}
