package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BlueprintTest {

    @Test
    void countsQuestions() {
        assertEquals(25, new Blueprint(List.of(new Blueprint.Entry("LO1", 5), new Blueprint.Entry("LO2", 5),
                new Blueprint.Entry("LO3", 8), new Blueprint.Entry("LO4", 7))).questionCount());
    }
}
