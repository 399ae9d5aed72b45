package uk.awarding.certification.domain;

/** Where a unit result came from: a marked online test (test-engine-service) or a centre's assessed portfolio. */
public enum ResultSource {
    ONLINE_TEST, PORTFOLIO
}
