package uk.awarding.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * When a candidate may sit a unit's online test again after failing it: at most {@code attemptsAllowed} sittings in
 * all, the first included, each at least {@code minimumWaitDays} after the previous one ended. A passed unit is never
 * sat again. The seeds say nothing about resits (seed-notes: "Resits and retakes: not mentioned in any document"), so
 * 2794-210's figures are the platform's default ({@link Basis#PLATFORM_DEFAULT}), not a City &amp; Guilds rule.
 */
@Embeddable
public class ResitPolicy {

    /** Where the figures come from. */
    public enum Basis {
        /** Stated by the qualification's specification. */
        SPECIFICATION,
        /** Not stated by the specification: the platform's default, to be confirmed by the awarding organisation. */
        PLATFORM_DEFAULT
    }

    @Column(name = "attempts_allowed")
    private int attemptsAllowed;

    @Column(name = "minimum_wait_days")
    private int minimumWaitDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "resit_policy_basis")
    private Basis basis;

    protected ResitPolicy() {
    }

    public ResitPolicy(int attemptsAllowed, int minimumWaitDays, Basis basis) {
        if (attemptsAllowed < 1) {
            throw new IllegalArgumentException("At least one attempt must be allowed, not " + attemptsAllowed);
        }
        if (minimumWaitDays < 0) {
            throw new IllegalArgumentException("The wait between attempts cannot be negative: " + minimumWaitDays);
        }
        this.attemptsAllowed = attemptsAllowed;
        this.minimumWaitDays = minimumWaitDays;
        this.basis = basis;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public int getMinimumWaitDays() {
        return minimumWaitDays;
    }

    public Basis getBasis() {
        return basis;
    }
}
