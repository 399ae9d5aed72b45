package uk.awarding.certification.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import uk.awarding.certification.domain.AuditEvent;
import uk.awarding.certification.repository.AuditEventRepository;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;

/** The audit log: written in the same transaction as the change it records, so neither exists without the other. */
@ApplicationScoped
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String subject, String detail) {
        events.persist(new AuditEvent(Instant.now(clock), caller.name(), action, subject, detail));
    }

    @Transactional
    public ResultPage<AuditEvent> page(String subject, int page, int size) {
        var query = subject == null ? events.findAll(Sort.descending("id"))
                : events.find("subject", Sort.descending("id"), subject);
        return new ResultPage<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
