package uk.awarding.testengine.service;

/**
 * Who acts on a test session: their name for the audit, and the centre whose sessions they may see, from their
 * token's {@code centre_number}; null for awarding staff, who read every centre's audit.
 */
public record SessionActor(String name, String centreNumber) {
}
