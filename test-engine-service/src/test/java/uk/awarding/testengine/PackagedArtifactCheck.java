package uk.awarding.testengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The packaged service ({@code target/quarkus-app}, what the image is built from) holds no assessment material. Run by
 * failsafe after {@code package} in every build that runs tests (execution {@code no-assessment-material} in this
 * module's pom), so putting the bank back on the class path fails the build.
 */
class PackagedArtifactCheck {

    @Test
    void thePackagedServiceHoldsNoAssessmentMaterial() {
        Path app = Path.of("target", "quarkus-app");
        assertTrue(Files.isRegularFile(app.resolve("quarkus-run.jar")), "runs after package: " + app.toAbsolutePath());
        List<String> texts = AssessmentMaterialScan.demoBankTexts();
        assertTrue(texts.size() > 200, "the demo bank's texts are known: " + texts.size());

        assertEquals(List.of(), AssessmentMaterialScan.findings(app, texts));
    }
}
