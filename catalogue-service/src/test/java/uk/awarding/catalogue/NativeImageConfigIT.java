package uk.awarding.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.awarding.catalogue.service.data.QualificationFile;
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.Problem;
import uk.awarding.platform.testing.NativeImageConfig;

/** What the native image needs beyond what Quarkus finds by itself; checked after the native-sources build. */
class NativeImageConfigIT {

    private final NativeImageConfig nativeImage = NativeImageConfig.ofThisModule();

    @Test
    void holdsTheQualificationDataFilesLoadedAtStart() throws IOException {
        String directory = "catalogue/qualifications";
        assertTrue(nativeImage.includesResource(directory), "the directory, which the loader lists");
        try (Stream<Path> files = Files.list(Path.of("target", "classes", directory))) {
            List<String> names = files.map(f -> directory + "/" + f.getFileName()).toList();
            assertTrue(names.size() > 1, names.toString());
            assertEquals(List.of(), names.stream().filter(name -> !nativeImage.includesResource(name)).toList());
        }
    }

    @Test
    void registersWhatJacksonReadsAndWritesOutsideJaxRs() {
        assertEquals(List.of(), nativeImage.unregisteredForJackson(QualificationFile.class, Problem.class,
                FieldError.class));
    }
}
