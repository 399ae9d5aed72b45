package uk.awarding.registration.service;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;
import uk.awarding.registration.domain.RuleViolation;

/**
 * The answer to a batch: one entry per data row (row 1 is the first after a CSV header, or the first element
 * of a JSON array). Either every row is REGISTERED, or none is and the rows that prevent it are INVALID. Written by
 * the ObjectMapper directly (Answers, and a Problem's extension), so registered for reflection for the native image,
 * with the rule violations its rows carry.
 */
@RegisterForReflection(targets = { BatchReport.class, RuleViolation.class })
public record BatchReport(int rows, int registered, List<Row> report) {

    public enum RowStatus {
        REGISTERED, VALID, INVALID
    }

    public record Row(int row, RowStatus status, List<RuleViolation> errors, String id) {
    }
}
