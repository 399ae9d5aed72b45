package uk.awarding.certification.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An issuer of verifiable credentials as the document at its id describes it: an Open Badges 3.0 {@code Profile}.
 * The credentials name it by {@code id}, which is this document's own address, so whoever checks a credential can look
 * the issuer up.
 */
public record IssuerProfile(@JsonProperty("@context") List<String> context, String id, List<String> type, String name,
        String description) {
}
