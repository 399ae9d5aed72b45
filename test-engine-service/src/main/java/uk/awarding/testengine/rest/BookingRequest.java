package uk.awarding.testengine.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Book one of the centre's registrations on the session. */
@Schema(example = "{\"registrationId\": \"0b6f3c4e-8d0a-4e7b-9a57-2f1f0c3d9e21\"}")
public record BookingRequest(@NotBlank @Size(max = 64) String registrationId) {
}
