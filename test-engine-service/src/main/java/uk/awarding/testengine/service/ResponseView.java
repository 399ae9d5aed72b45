package uk.awarding.testengine.service;

import uk.awarding.testengine.domain.SittingQuestion;

/**
 * What is stored for one question: the chosen option (null if none), the flag and the sequence number of the save
 * that stored it. {@code accepted} tells a client whether its save changed anything or arrived after a newer one.
 */
public record ResponseView(int position, String optionId, boolean flagged, long sequence, boolean accepted) {

    static ResponseView of(SittingQuestion question, boolean accepted) {
        return new ResponseView(question.getPosition(), question.getSelectedOption(), question.isFlagged(),
                question.getSequence(), accepted);
    }
}
