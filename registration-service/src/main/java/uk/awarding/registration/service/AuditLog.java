package uk.awarding.registration.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.registration.domain.AuditEvent;
import uk.awarding.registration.repository.AuditEventRepository;

/**
 * Records every change in the caller's transaction, so a change and its audit event commit or fail together, and the
 * refusals worth a record (a refused batch) in their own.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditEventRepository events;
    private final ObjectMapper json;
    private final Caller caller;

    public AuditLog(AuditEventRepository events, ObjectMapper json, Caller caller) {
        this.events = events;
        this.json = json;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Instant at, String action, String entityType, String entityId, Object change) {
        persist(at, action, entityType, entityId, change);
    }

    /**
     * Records a request the service refuses, in a transaction of its own: the request's transaction, if one is open,
     * rolls back with the refusal, and the record of the refusal must stay.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Instant at, String action, String entityType, String entityId, Object detail) {
        persist(at, action, entityType, entityId, detail);
    }

    private void persist(Instant at, String action, String entityType, String entityId, Object change) {
        String detail;
        try {
            detail = json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit detail of " + action + " is not serialisable", e);
        }
        events.persist(new AuditEvent(at, caller.subject(), caller.centreNumber(), action, entityType, entityId, detail));
    }

    @Transactional
    public ResultPage<AuditEvent> page(String entityId, int page, int size) {
        return events.page(entityId, page, size);
    }
}
