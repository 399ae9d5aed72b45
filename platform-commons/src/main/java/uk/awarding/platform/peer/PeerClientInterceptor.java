package uk.awarding.platform.peer;

import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import uk.awarding.platform.problem.ProblemException;

/**
 * What {@link PeerClient} promises. Runs outside the fault tolerance interceptor (a lower priority), so it sees only
 * what is left once the timeout, retries and circuit breaker of the peer's guard are done.
 */
@PeerClient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class PeerClientInterceptor {

    private static final Logger LOG = Logger.getLogger(PeerClientInterceptor.class);

    @AroundInvoke
    Object unavailableOnceGuardGivesUp(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        Object answer;
        try {
            answer = call.proceed();
        } catch (Exception failure) {
            throw unavailable(method, failure);
        }
        if (answer instanceof Uni<?> later) {
            return later.onFailure().transform(failure -> unavailable(method, failure));
        }
        return answer;
    }

    /**
     * The 503 for a call the guard gave up on, logged here and nowhere else. A call the open breaker refused is not
     * logged: the breaker logs when it opens and closes, so an outage takes a few lines, not one per request.
     */
    static ProblemException unavailable(Method method, Throwable failure) {
        String peer = peerOf(method);
        if (!(failure instanceof CircuitBreakerOpenException)) {
            LOG.warnf("%s-service failed %s.%s: %s", peer, method.getDeclaringClass().getSimpleName(), method.getName(),
                    withCauses(failure));
        }
        return ProblemException.unavailable(peer + "-unavailable", "The " + peer + " service is unavailable",
                "The " + peer + " service could not answer just now, so nothing was done. Please try again in a minute.");
    }

    private static String peerOf(Method method) {
        ApplyGuard guard = method.getDeclaringClass().getAnnotation(ApplyGuard.class);
        if (guard == null) {
            throw new IllegalStateException(method.getDeclaringClass() + " is a @PeerClient without @ApplyGuard");
        }
        return guard.value();
    }

    private static String withCauses(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (cause: " + root + ")";
    }
}
