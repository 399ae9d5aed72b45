package uk.awarding.testengine.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.awarding.testengine.repository.RegistrationWithdrawalRepository;
import uk.awarding.testengine.repository.SessionBookingRepository;

/**
 * Withdrawals delivered by registration-service's outbox, at least once each. Recording one is idempotent: the
 * first delivery keeps the registration's withdrawal and stamps its bookings; a repeat, even one delivered at the same
 * moment, finds both done and changes nothing. From then on the registration is neither booked nor started ({@link RegistrationWithdrawalRepository#isWithdrawn}).
 */
@ApplicationScoped
public class RegistrationWithdrawals {

    private final RegistrationWithdrawalRepository withdrawals;
    private final SessionBookingRepository bookings;

    RegistrationWithdrawals(RegistrationWithdrawalRepository withdrawals, SessionBookingRepository bookings) {
        this.withdrawals = withdrawals;
        this.bookings = bookings;
    }

    @Transactional
    public void record(String registrationId, Instant withdrawnAt) {
        withdrawals.keepFirst(registrationId, withdrawnAt);
        bookings.stampWithdrawn(registrationId);
    }
}
