package uk.awarding.certification.rest;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.awarding.certification.service.Verifications.Verification;

/** {@code status}: valid, revoked or unknown; {@code certificate} only when the number and family name match. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResponse(String number, String status, VerifiedCertificate certificate) {

    static VerificationResponse from(Verification v) {
        return new VerificationResponse(v.number(), v.verdict().name().toLowerCase(Locale.ROOT),
                v.certificate().map(VerifiedCertificate::from).orElse(null));
    }
}
