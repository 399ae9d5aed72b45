package uk.awarding.testengine.service;

import java.time.Instant;

import uk.awarding.testengine.domain.SessionBooking;

/** A candidate booked on a test session. */
public record BookingView(String sessionId, String registrationId, String uln, String candidateName,
        int extraTimePercent, String bookedBy, Instant bookedAt) {

    static BookingView from(SessionBooking booking) {
        return new BookingView(booking.getSessionId(), booking.getRegistrationId(), booking.getUln(),
                booking.getCandidateName(), booking.getExtraTimePercent(), booking.getBookedBy(),
                booking.getBookedAt());
    }
}
