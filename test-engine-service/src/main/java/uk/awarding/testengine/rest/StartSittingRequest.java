package uk.awarding.testengine.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Start a sitting of {@code unit} (unit reference or AO unit code) under one of the candidate's registrations; in a
 * test session that needs one, with the {@code keycode} the invigilator gives out.
 */
@Schema(example = """
        {"registrationId": "9c2e4b1a-7d3f-4e5a-8b6c-1a2b3c4d5e6f", "unit": "2794-210", "keycode": "K7P2QX"}""")
public record StartSittingRequest(@NotBlank @Size(max = 64) String registrationId, @NotBlank @Size(max = 32) String unit,
        @Size(max = 16) String keycode) {
}
