package uk.awarding.certification.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A marked sitting as test-engine-service keeps it (contracts/test-engine-service/sitting-unit-result.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SittingResultView(String registrationId, String unit, String sittingId, int score, int passMark,
        LocalDate achievedOn) {
}
