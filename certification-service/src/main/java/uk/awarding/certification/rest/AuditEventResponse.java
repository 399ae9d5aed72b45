package uk.awarding.certification.rest;

import java.time.Instant;

import uk.awarding.certification.domain.AuditEvent;

/** One entry of the audit log. */
public record AuditEventResponse(long id, Instant occurredAt, String actor, String action, String subject,
        String detail) {

    static AuditEventResponse from(AuditEvent e) {
        return new AuditEventResponse(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubject(),
                e.getDetail());
    }
}
