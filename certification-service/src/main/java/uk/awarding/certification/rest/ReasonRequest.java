package uk.awarding.certification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate is replaced or revoked; kept in the audit log. */
public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
