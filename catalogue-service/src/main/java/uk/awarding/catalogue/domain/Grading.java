package uk.awarding.catalogue.domain;

/** How a qualification is graded where the specification says (ProQual and C&G: pass or fail). */
public enum Grading {
    PASS_FAIL
}
