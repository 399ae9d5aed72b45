package uk.awarding.catalogue.rest;

import java.util.List;

import uk.awarding.catalogue.domain.Achievement;

public record AchievementResponse(boolean achieved, List<String> shortfalls) {

    public static AchievementResponse from(Achievement achievement) {
        return new AchievementResponse(achievement.achieved(), achievement.shortfalls());
    }
}
