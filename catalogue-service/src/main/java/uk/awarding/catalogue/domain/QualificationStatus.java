package uk.awarding.catalogue.domain;

/** Whether centres may register learners: OPEN, or DRAFT (SFJ's consultation draft, EDI's pack without a QN). */
public enum QualificationStatus {
    DRAFT,
    OPEN
}
