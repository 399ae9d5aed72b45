package uk.awarding.testengine.client;

import java.util.List;

/** The fields of a unit this service relies on (contracts/catalogue-service/unit-2794-210). */
public record UnitView(String unitId, String aoUnitCode, List<String> qualifications) {

    public boolean belongsTo(String qualificationId) {
        return qualifications != null && qualifications.contains(qualificationId);
    }
}
