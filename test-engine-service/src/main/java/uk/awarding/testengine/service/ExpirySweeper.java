package uk.awarding.testengine.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.repository.SittingRepository;

/** Closes and marks sittings whose time ran out, even when the candidate never comes back. */
@ApplicationScoped
public class ExpirySweeper {

    private static final Logger LOG = Logger.getLogger(ExpirySweeper.class);

    private final SittingRepository sittings;
    private final SittingService service;
    private final TestEngineConfig config;
    private final Clock clock;

    ExpirySweeper(SittingRepository sittings, SittingService service, TestEngineConfig config, Clock clock) {
        this.sittings = sittings;
        this.service = service;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "expiry-sweeper", every = "${test-engine.expiry-sweep-every}", concurrentExecution = ConcurrentExecution.SKIP)
    public void closeExpiredSittings() {
        for (String id : expiredIds()) {
            try {
                service.expire(id);
            } catch (RuntimeException e) {
                // One broken sitting must not stop the others from being closed; the next run tries it again.
                LOG.errorf(e, "Could not close expired sitting %s", id);
            }
        }
    }

    @Transactional
    List<String> expiredIds() {
        return sittings.expiredIds(clock.instant().minus(config.saveGrace()));
    }
}
