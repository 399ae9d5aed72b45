package uk.awarding.catalogue.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.util.ClassPathUtils;
import uk.awarding.catalogue.config.CatalogueConfig;
import uk.awarding.catalogue.domain.AssessmentCriterion;
import uk.awarding.catalogue.domain.CreditsAtLevel;
import uk.awarding.catalogue.domain.LearningOutcome;
import uk.awarding.catalogue.domain.Qualification;
import uk.awarding.catalogue.domain.ResitPolicy;
import uk.awarding.catalogue.domain.TestSpecification;
import uk.awarding.catalogue.domain.Unit;
import uk.awarding.catalogue.domain.UnitGroup;
import uk.awarding.catalogue.repository.QualificationRepository;
import uk.awarding.catalogue.repository.TestSpecificationRepository;
import uk.awarding.catalogue.repository.UnitRepository;
import uk.awarding.catalogue.service.data.CatalogueDataException;
import uk.awarding.catalogue.service.data.CatalogueDataValidator;
import uk.awarding.catalogue.service.data.DataFile;
import uk.awarding.catalogue.service.data.QualificationFile;
import uk.awarding.catalogue.service.data.QualificationFile.UnitEntry;
import uk.awarding.platform.persistence.Lookups;

/**
 * Loads the qualification data files into the database at start. Every file is validated first and a data error
 * stops the start (the build's QualificationDataFilesTest catches it long before production). A file whose hash
 * matches the one stored with its qualification is skipped, so a restart changes nothing and edits made through
 * the API survive until the file itself changes.
 */
@ApplicationScoped
public class CatalogueLoader {

    private static final Logger LOG = Logger.getLogger(CatalogueLoader.class);

    private final CatalogueConfig config;
    private final QualificationRepository qualifications;
    private final UnitRepository units;
    private final TestSpecificationRepository testSpecifications;

    CatalogueLoader(CatalogueConfig config, QualificationRepository qualifications, UnitRepository units,
            TestSpecificationRepository testSpecifications) {
        this.config = config;
        this.qualifications = qualifications;
        this.units = units;
        this.testSpecifications = testSpecifications;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadDataAtStart()) {
            load(readDataFiles());
        }
    }

    List<DataFile> readDataFiles() {
        List<DataFile> files = new ArrayList<>();
        try {
            if (ImageMode.current() == ImageMode.NATIVE_RUN) {
                return readFromNativeImage();
            }
            ClassPathUtils.consumeAsPaths(config.dataLocation(), directory -> files.addAll(DataFile.readAll(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * A native executable serves its resources (quarkus.native.resources.includes) under {@code resource:} URLs, which
     * are paths only in the executable's own resource file system, opened like a jar's.
     */
    private List<DataFile> readFromNativeImage() throws IOException {
        URL directory = Thread.currentThread().getContextClassLoader().getResource(config.dataLocation());
        if (directory == null) {
            throw new IllegalStateException(config.dataLocation() + " is not in this executable");
        }
        URI uri = URI.create(directory.toString());
        try (FileSystem resources = FileSystems.newFileSystem(uri, Map.of())) {
            return DataFile.readAll(resources.provider().getPath(uri));
        } catch (FileSystemAlreadyExistsException e) {
            return DataFile.readAll(Path.of(uri));
        }
    }

    @Transactional
    public void load(List<DataFile> files) {
        CatalogueDataValidator.Report report = CatalogueDataValidator.validate(files);
        report.warnings().forEach(w -> LOG.warnf("Data warning: %s", w));
        if (!report.errors().isEmpty()) {
            throw new CatalogueDataException(report.errors());
        }
        Map<String, UnitEntry> canonical = CatalogueDataValidator.canonicalUnits(files);
        int loaded = 0;
        for (DataFile file : files) {
            Qualification existing = qualifications.findById(file.content().id());
            if (existing == null || !file.sha256().equals(existing.getSourceHash())) {
                loadFile(file, existing, canonical);
                loaded++;
            }
        }
        LOG.infof("Catalogue data: %d file(s) read, %d loaded, %d unchanged", files.size(), loaded, files.size() - loaded);
    }

    private void loadFile(DataFile file, Qualification existing, Map<String, UnitEntry> canonical) {
        QualificationFile data = file.content();
        Map<String, Unit> unitsByKey = new HashMap<>();
        for (UnitEntry entry : data.units()) {
            unitsByKey.put(entry.key(), upsertUnit(canonical.get(entry.key())));
        }
        Qualification qualification = existing != null ? existing : new Qualification(data.id());
        if (existing != null) {
            // Old groups go first: Hibernate would insert the new ones before deleting their namesakes.
            qualification.defineRules(null, null, false, List.of(), List.of());
            qualifications.flush();
        }
        QualificationFile.Glh glh = data.glh();
        qualification.describe(new Qualification.Facts(data.qualificationNumber(), data.title(), data.awardingOrganisation(),
                data.level(), glh == null ? null : glh.min(), glh == null ? null : glh.max(), data.tqt(), data.credits(),
                data.minimumAge(), data.grading(), data.status(), data.specVersion(), data.sourceDocument()));
        QualificationFile.Rules rules = data.rulesOfCombination();
        qualification.defineRules(rules.statement(), rules.totalCreditsMin(), rules.atLeastOneUnitFromEachOptionalGroup(),
                rules.groups().stream()
                        .map(g -> new UnitGroup(g.code(), g.title(), g.mandatory(), g.minUnits(), g.maxUnits(),
                                g.minCredits(), g.maxCredits(), g.units().stream().map(unitsByKey::get).toList()))
                        .toList(),
                rules.creditsAtLevel().stream()
                        .map(r -> new CreditsAtLevel(r.minCredits(), r.level(), r.levelComparison(), r.groups()))
                        .toList());
        qualification.loadedFrom(file.sha256());
        if (existing == null) {
            // Only now: Hibernate inserts the state an entity with an assigned id has when it is persisted.
            qualifications.persist(qualification);
        }
        for (QualificationFile.TestSpecificationEntry spec : data.testSpecifications()) {
            Unit unit = unitsByKey.get(spec.unit());
            TestSpecification specification = Lookups.byId(testSpecifications.findByIdOptional(unit.getId()))
                    .orElseGet(() -> new TestSpecification(unit.getId()));
            specification.specify(spec.durationMinutes(), Boolean.TRUE.equals(spec.invigilated()), spec.questionCount(),
                    spec.passMark(),
                    spec.blueprint().stream()
                            .map(b -> new TestSpecification.BlueprintEntry(b.learningOutcome(), b.questions()))
                            .toList(),
                    new ResitPolicy(spec.resitPolicy().attemptsAllowed(), spec.resitPolicy().minimumWaitDays(),
                            spec.resitPolicy().basis()));
            testSpecifications.persist(specification);
        }
        LOG.infof("Loaded qualification %s from %s", data.id(), file.name());
    }

    private Unit upsertUnit(UnitEntry entry) {
        Unit unit = units.findByDataKey(entry.unitReference(), entry.aoUnitCode())
                .orElseGet(() -> new Unit(entry.unitReference(), entry.aoUnitCode()));
        unit.describe(entry.aoUnitCode(), entry.title(), entry.level(), entry.glh(), entry.credits(),
                entry.assessmentMethod(), entry.knowledgeOnly(), entry.aim());
        unit.replaceLearningOutcomes(entry.learningOutcomes().stream()
                .map(o -> new LearningOutcome(o.code(), o.title(), o.assessmentCriteria().stream()
                        .map(c -> new AssessmentCriterion(c.code(), c.text(), c.range()))
                        .toList()))
                .toList());
        units.persist(unit);
        return unit;
    }
}
