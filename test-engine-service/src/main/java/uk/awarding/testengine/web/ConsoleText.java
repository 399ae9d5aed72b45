package uk.awarding.testengine.web;

import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;
import uk.awarding.testengine.domain.SessionAction;
import uk.awarding.testengine.domain.SessionStatus;
import uk.awarding.testengine.service.RoomView;

/** Words the invigilator console prints for states and actions: every state is said in words, never by colour alone. */
@TemplateExtension
final class ConsoleText {

    private ConsoleText() {
    }

    static String label(SessionStatus status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled, not open yet";
            case OPEN -> "Open";
            case CLOSED -> "Closed";
        };
    }

    static String label(RoomView.State state) {
        return switch (state) {
            case BOOKED -> "Booked, not started";
            case WITHDRAWN -> "Withdrawn: may not start";
            case STARTED -> "Started";
            case PAUSED -> "Paused";
            case SUBMITTED -> "Submitted";
            case EXPIRED -> "Time ran out";
            case ENDED -> "Ended by the invigilator";
        };
    }

    /** The state's class in the stylesheet (a symbol beside the word for a paused test). */
    static String cssClass(RoomView.State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String label(SessionAction action) {
        return switch (action) {
            case SCHEDULED -> "Scheduled";
            case BOOKED -> "Candidate booked";
            case OPENED -> "Opened";
            case PAUSED -> "Paused";
            case RESUMED -> "Resumed";
            case TIME_ADDED -> "Time added";
            case ENDED -> "Test ended";
            case CLOSED -> "Closed";
            case TIME_EXTENDED -> "Time extended by awarding staff";
        };
    }

    /** A keycode letter by letter, so a screen reader reads it as characters, not as a word. */
    static String spelled(String keycode) {
        return keycode.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));
    }
}
