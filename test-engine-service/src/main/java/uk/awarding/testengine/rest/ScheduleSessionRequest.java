package uk.awarding.testengine.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Schedule a test session of {@code unit} on {@code date}, taking starts from {@code startFrom} until
 * {@code startUntil} (UK time, the same day), in {@code location}, run by the named invigilators (user names).
 * {@code keycodeRequired} (default true): candidates start with the keycode the invigilator gives out.
 */
@Schema(example = """
        {"unit": "2794-210", "date": "2026-12-07", "startFrom": "09:00", "startUntil": "09:30",
         "location": "Room 4, Riverside campus", "invigilators": ["invigilator"], "keycodeRequired": true}""")
public record ScheduleSessionRequest(@NotBlank @Size(max = 32) String unit, @NotNull LocalDate date,
        @NotNull LocalTime startFrom, @NotNull LocalTime startUntil, @NotBlank @Size(max = 200) String location,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 90) String> invigilators, Boolean keycodeRequired) {
}
