package uk.awarding.registration.domain;

/**
 * A learner detail a centre sent that differs from the learner's existing record (the same ULN registered
 * earlier, possibly by another centre). The record is kept as it is and the difference is reported back, so
 * the centre can correct its data or ask the awarding organisation to correct the record.
 */
public record LearnerMismatch(String field, String recorded, String submitted) {
}
