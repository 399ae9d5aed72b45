package uk.awarding.registration.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.registration.config.RegistrationConfig;
import uk.awarding.registration.domain.RuleViolation;
import uk.awarding.registration.service.BatchReport.RowStatus;

/**
 * Refusing a batch, too large or with a row that breaks a rule, leaves an audit event ({@code BATCH_REFUSED}, entity
 * type {@code batch}, a new id per batch): who sent it and when (as every audit event), how many rows, and why, as
 * counts of problem types. Never a row's content: a refused batch registered no learner, and the audit keeps no
 * personal data of learners it does not hold. A batch is a centre's widest question about learner records, so
 * refusals are recorded for the awarding organisation to see who asks what, and how often.
 */
@ApplicationScoped
public class BatchRefusals {

    static final String ACTION = "BATCH_REFUSED";

    private final AuditLog audit;
    private final RegistrationConfig config;

    public BatchRefusals(AuditLog audit, RegistrationConfig config) {
        this.audit = audit;
        this.config = config;
    }

    /**
     * What is recorded. {@code rows} is how many were read: for a batch over the limit, reading stops at the first
     * row too many.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchRefused(String problem, int rows, Integer maxRows, Integer invalidRows, Map<String, Integer> reasons) {
    }

    /** Whether {@code row} (counted from 1) is one too many; records the refusal and answers 413 if so. */
    public void checkSize(int row) {
        int maxRows = config.batchMaxRows();
        if (row > maxRows) {
            record(new BatchRefused("batch-too-large", row, maxRows, null, null));
            throw new ProblemException(413, "batch-too-large", "The batch has too many rows",
                    "A batch may hold at most " + maxRows + " rows; split the file and send each part.")
                    .with("maxRows", maxRows);
        }
    }

    /** Records the refusal of a batch whose rows break rules and returns the 422 that reports every row. */
    ProblemException rejected(List<BatchReport.Row> report) {
        List<BatchReport.Row> invalid = report.stream().filter(r -> r.status() == RowStatus.INVALID).toList();
        Map<String, Integer> reasons = new TreeMap<>();
        invalid.stream().flatMap(r -> r.errors().stream()).map(RuleViolation::problem)
                .forEach(problem -> reasons.merge(problem, 1, Integer::sum));
        record(new BatchRefused("batch-rejected", report.size(), null, invalid.size(), reasons));
        return ProblemException.unprocessable("batch-rejected", "The batch was not registered",
                invalid.size() + " of " + report.size()
                        + " rows break a rule; no row was registered. Correct them and send the whole batch again.")
                .with("rows", report.size())
                .with("registered", 0)
                .with("report", report);
    }

    private void record(BatchRefused refusal) {
        audit.recordRefusal(Instant.now(), ACTION, "batch", UUID.randomUUID().toString(), refusal);
    }
}
