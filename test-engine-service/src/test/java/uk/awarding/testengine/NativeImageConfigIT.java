package uk.awarding.testengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.Problem;
import uk.awarding.platform.testing.NativeImageConfig;
import uk.awarding.testengine.service.SittingMarking;

/**
 * What the native image needs beyond what Quarkus finds by itself, and what it must not hold; checked after the
 * native-sources build.
 */
class NativeImageConfigIT {

    private final NativeImageConfig nativeImage = NativeImageConfig.ofThisModule();

    @Test
    void registersWhatJacksonWritesOutsideJaxRs() {
        assertEquals(List.of(), nativeImage.unregisteredForJackson(SittingMarking.UnitResult.class, Problem.class,
                FieldError.class));
    }

    /** Ofqual General Condition G4: the item bank is imported, never shipped, in an executable as in a jar. */
    @Test
    void holdsNoAssessmentMaterial() {
        for (String name : List.of("item-bank/2794-210/imsmanifest.xml", "imsmanifest.xml", "2794-210/imsmanifest.xml",
                "item-bank/2794-210/item-210-1-001.xml", "item-210-1-001.xml", "item-bank/2794-210.json")) {
            assertFalse(nativeImage.includesResource(name), name);
        }
        assertEquals(List.of(), AssessmentMaterialScan.findings(Path.of("target", "native-sources"),
                AssessmentMaterialScan.demoBankTexts()));
    }
}
