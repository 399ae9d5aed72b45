package uk.awarding.certification.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** catalogue-service's verdict on a set of units against the rules of combination. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AchievementView(boolean achieved, List<String> shortfalls) {
}
