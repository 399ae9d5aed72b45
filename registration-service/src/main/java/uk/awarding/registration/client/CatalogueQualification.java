package uk.awarding.registration.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.awarding.registration.domain.QualificationTerms;

/** The part of catalogue-service's qualification this service relies on (contracts/catalogue-service). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueQualification(String id, String title, Integer minimumAge, String status) {

    public QualificationTerms terms() {
        return new QualificationTerms(status, minimumAge);
    }
}
