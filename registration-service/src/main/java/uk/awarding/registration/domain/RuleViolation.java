package uk.awarding.registration.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A registration rule a request breaks: the field to correct, the stable problem slug clients switch on, the
 * HTTP status it answers with on its own, and a message for people.
 */
public record RuleViolation(String field, String problem, @JsonIgnore int status, String message) {
}
