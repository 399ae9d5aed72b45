package uk.awarding.certification.client;

import java.util.List;

/** The units the learner has passed, by unit id. */
public record AchievementRequest(List<String> units) {
}
