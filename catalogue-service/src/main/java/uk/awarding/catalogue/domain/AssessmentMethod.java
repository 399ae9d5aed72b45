package uk.awarding.catalogue.domain;

/**
 * How a unit is assessed. In the five seeds every unit is a portfolio of evidence except C&G 2794-210, the one unit
 * assessed by an online multiple-choice test.
 */
public enum AssessmentMethod {
    PORTFOLIO,
    ONLINE_MCQ_TEST
}
