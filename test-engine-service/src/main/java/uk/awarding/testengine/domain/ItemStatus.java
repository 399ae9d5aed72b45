package uk.awarding.testengine.domain;

/** Only LIVE items are drawn into sittings; RETIRED items stay so past responses can still be read. */
public enum ItemStatus {
    DRAFT, LIVE, RETIRED
}
