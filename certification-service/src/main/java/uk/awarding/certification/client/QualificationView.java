package uk.awarding.certification.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.awarding.certification.domain.AchievedUnit;
import uk.awarding.certification.domain.QualificationDetails;

/** What certification needs of a qualification (contracts/catalogue-service/qualification-cg-2794-02.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QualificationView(String id, String qualificationNumber, String title, String awardingOrganisation,
        int level, Integer credits, Rules rulesOfCombination) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rules(List<Group> groups) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(boolean mandatory, List<Unit> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String unitId, String unitReference, String aoUnitCode, String title, Integer level,
            Integer credits, String assessmentMethod) {

        /** Catalogue accepts a unit's URN or its AO code for the same unit; so does certification. */
        boolean isIdentifiedBy(String typed) {
            return typed.equalsIgnoreCase(unitId) || typed.equalsIgnoreCase(unitReference)
                    || typed.equalsIgnoreCase(aoUnitCode);
        }

        public boolean isOnlineTested() {
            return "ONLINE_MCQ_TEST".equals(assessmentMethod);
        }
    }

    public Optional<Unit> unit(String typed) {
        return units().filter(u -> u.isIdentifiedBy(typed)).findFirst();
    }

    private Stream<Unit> units() {
        return rulesOfCombination == null || rulesOfCombination.groups() == null ? Stream.empty()
                : rulesOfCombination.groups().stream().filter(g -> g.units() != null)
                        .flatMap(g -> g.units().stream()).filter(Objects::nonNull);
    }

    public QualificationDetails details() {
        return new QualificationDetails(id, qualificationNumber, title, awardingOrganisation, level, credits);
    }

    /** The unit as a certificate prints it; a summary without title or level falls back to its id and the qualification's level. */
    public AchievedUnit achieved(Unit unit) {
        return new AchievedUnit(unit.unitId(), unit.unitReference(), unit.aoUnitCode(),
                unit.title() != null ? unit.title() : unit.unitId(), unit.level() != null ? unit.level() : level,
                unit.credits());
    }
}
