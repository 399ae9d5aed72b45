package uk.awarding.catalogue.service.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The real data files: a data error fails the build here, with every error listed, not at start in production. */
class QualificationDataFilesTest {

    private static final Path DATA = Path.of("src/main/resources/catalogue/qualifications");

    @Test
    void holdsTheFiveSeedQualifications() {
        assertEquals(5, DataFile.readAll(DATA).size());
    }

    @Test
    void haveNoDataErrors() {
        assertEquals(List.of(), CatalogueDataValidator.validate(DataFile.readAll(DATA)).errors());
    }
}
