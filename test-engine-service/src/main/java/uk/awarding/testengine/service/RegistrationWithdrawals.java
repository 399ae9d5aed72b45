package uk.awarding.testengine.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.awarding.platform.persistence.Lookups;
import uk.awarding.testengine.domain.RegistrationWithdrawal;
import uk.awarding.testengine.repository.RegistrationWithdrawalRepository;
import uk.awarding.testengine.repository.SessionBookingRepository;

/**
 * Withdrawals delivered by registration-service's outbox, at least once each. Recording one is idempotent: the
 * first delivery keeps the registration's withdrawal and stamps its bookings; a repeat finds both done and changes
 * nothing. From then on the registration is neither booked nor started ({@link RegistrationWithdrawalRepository#isWithdrawn}).
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
        RegistrationWithdrawal withdrawal = Lookups.byId(withdrawals.findByIdOptional(registrationId)).orElseGet(() -> {
            RegistrationWithdrawal first = new RegistrationWithdrawal(registrationId, withdrawnAt);
            withdrawals.persist(first);
            return first;
        });
        bookings.stampWithdrawn(registrationId, withdrawal.getWithdrawnAt());
    }
}
