package uk.awarding.testengine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.testengine.client.TestSpecificationView;
import uk.awarding.testengine.client.UnitView;

/**
 * The unit of a test session and its test specification as catalogue-service gave them when the session opened: its
 * starts follow these, so a start asks no peer, and a specification changed during the session applies from the next.
 */
public record SessionUnit(UnitView unit, TestSpecificationView specification) {

    public String toJson(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The unit of a session could not be written", e);
        }
    }

    public static SessionUnit fromJson(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, SessionUnit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The unit kept with a session could not be read", e);
        }
    }
}
