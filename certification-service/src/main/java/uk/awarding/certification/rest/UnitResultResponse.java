package uk.awarding.certification.rest;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.awarding.certification.domain.Outcome;
import uk.awarding.certification.domain.ResultSource;
import uk.awarding.certification.domain.UnitResult;

/**
 * A unit result (contracts/certification-service/unit-result-from-sitting-response.json for test results).
 * {@code current} is false once a correction has replaced it; {@code corrects} and {@code correctionReason} say
 * what a correction replaced and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitResultResponse(String id, String registrationId, String unit, ResultSource source, String sittingId,
        Integer score, Integer passMark, String assessor, String internalQualityAssurer, Outcome outcome,
        LocalDate achievedOn, Instant recordedAt, String recordedBy, boolean current, boolean usedOnCertificate,
        String corrects, String correctionReason, String correctedBy) {

    public static UnitResultResponse from(UnitResult r) {
        return new UnitResultResponse(r.getId(), r.getRegistrationId(), r.getUnitId(), r.getSource(), r.getSittingId(),
                r.getScore(), r.getPassMark(), r.getAssessor(), r.getInternalQualityAssurer(), r.getOutcome(),
                r.getAchievedOn(), r.getRecordedAt(), r.getRecordedBy(), r.isCurrent(), r.isUsedOnCertificate(),
                r.getCorrectsId(), r.getCorrectionReason(), r.getSupersededById());
    }
}
