package uk.awarding.testengine.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.service.RegistrationWithdrawals;

/** Withdrawals from registration-service's outbox: a withdrawn registration is no longer booked or started. */
@Path("/api/registration-withdrawals")
@Tag(name = "Registration withdrawals", description = "Withdrawals delivered by registration-service")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a service token")
public class RegistrationWithdrawalResource {

    private final RegistrationWithdrawals withdrawals;

    RegistrationWithdrawalResource(RegistrationWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Record that registration-service withdrew a registration, and stamp its bookings; "
            + "idempotent, so a repeated delivery changes nothing")
    @APIResponse(responseCode = "204", description = "Recorded (or already recorded)")
    @APIResponse(responseCode = "400", description = "validation-failed (every invalid field) or malformed-body")
    public void record(@Valid @NotNull WithdrawalNotice notice) {
        withdrawals.record(notice.registrationId(), notice.withdrawnAt());
    }
}
