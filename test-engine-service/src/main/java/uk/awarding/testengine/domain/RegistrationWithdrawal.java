package uk.awarding.testengine.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registration withdrawn at registration-service, as its outbox delivered it. A withdrawal is final there, so the
 * first delivery's time is kept and a repeat changes nothing. It is a fact about the registration, not about a
 * booking: it is kept even when the registration is not booked yet, so a later booking or start is refused too.
 */
@Entity
@Table(name = "registration_withdrawal")
public class RegistrationWithdrawal {

    @Id
    @Column(name = "registration_id")
    private String registrationId;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected RegistrationWithdrawal() {
    }

    public RegistrationWithdrawal(String registrationId, Instant withdrawnAt) {
        this.registrationId = registrationId;
        this.withdrawnAt = withdrawnAt;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
