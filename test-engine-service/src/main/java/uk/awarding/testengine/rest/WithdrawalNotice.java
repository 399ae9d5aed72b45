package uk.awarding.testengine.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** registration-service's notice that a registration was withdrawn, and when. */
@Schema(example = "{\"registrationId\": \"0b6f3c4e-8d0a-4e7b-9a57-2f1f0c3d9e21\", \"withdrawnAt\": \"2027-01-20T16:05:00Z\"}")
public record WithdrawalNotice(@NotBlank @Size(max = 64) String registrationId, @NotNull @KeepableInstant Instant withdrawnAt) {
}
