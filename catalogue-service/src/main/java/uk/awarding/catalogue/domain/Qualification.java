package uk.awarding.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A regulated award (docs/architecture.md), identified by a URL-safe slug such as {@code cg-2794-02}. The qualification
 * number may be absent (SFJ's consultation draft, EDI's support pack) and GLH may be a range (EDI: "192-228").
 * It owns its rules of combination; its units may also belong to other qualifications.
 */
@Entity
@Table(name = "qualification")
public class Qualification {

    @Id
    private String id;

    @Column(name = "qualification_number")
    private String qualificationNumber;

    private String title;

    @Column(name = "awarding_organisation")
    private String awardingOrganisation;

    private int level;

    @Column(name = "glh_min")
    private Integer glhMin;

    @Column(name = "glh_max")
    private Integer glhMax;

    private Integer tqt;
    private Integer credits;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Enumerated(EnumType.STRING)
    private Grading grading;

    @Enumerated(EnumType.STRING)
    private QualificationStatus status;

    @Column(name = "spec_version")
    private String specVersion;

    @Column(name = "source_document")
    private String sourceDocument;

    @Column(name = "rules_statement", columnDefinition = "text")
    private String rulesStatement;

    @Column(name = "total_credits_min")
    private Integer totalCreditsMin;

    @Column(name = "one_unit_from_each_optional_group")
    private boolean oneUnitFromEachOptionalGroup;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "qualification_id", nullable = false)
    @OrderColumn(name = "position")
    private List<UnitGroup> groups = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "qualification_id", nullable = false)
    @OrderColumn(name = "position")
    private List<CreditsAtLevelRule> creditsAtLevel = new ArrayList<>();

    /** Hash of the data file this was last loaded from: an unchanged file is not loaded again, so edits stay. */
    @Column(name = "source_hash")
    private String sourceHash;

    @Version
    private long version;

    protected Qualification() {
    }

    public Qualification(String id) {
        this.id = id;
    }

    /** The published facts of the qualification. */
    public record Facts(String qualificationNumber, String title, String awardingOrganisation, int level, Integer glhMin,
            Integer glhMax, Integer tqt, Integer credits, Integer minimumAge, Grading grading, QualificationStatus status,
            String specVersion, String sourceDocument) {

        public Facts {
            if (glhMin != null && glhMax != null && glhMin > glhMax) {
                throw new IllegalArgumentException("GLH minimum " + glhMin + " is above the maximum " + glhMax);
            }
        }
    }

    public void describe(Facts facts) {
        this.qualificationNumber = facts.qualificationNumber();
        this.title = facts.title();
        this.awardingOrganisation = facts.awardingOrganisation();
        this.level = facts.level();
        this.glhMin = facts.glhMin();
        this.glhMax = facts.glhMax();
        this.tqt = facts.tqt();
        this.credits = facts.credits();
        this.minimumAge = facts.minimumAge();
        this.grading = facts.grading();
        this.status = facts.status();
        this.specVersion = facts.specVersion();
        this.sourceDocument = facts.sourceDocument();
    }

    public Facts facts() {
        return new Facts(qualificationNumber, title, awardingOrganisation, level, glhMin, glhMax, tqt, credits, minimumAge,
                grading, status, specVersion, sourceDocument);
    }

    public void defineRules(String statement, Integer totalCreditsMin, boolean oneUnitFromEachOptionalGroup,
            List<UnitGroup> groups, List<CreditsAtLevel> creditsAtLevel) {
        this.rulesStatement = statement;
        this.totalCreditsMin = totalCreditsMin;
        this.oneUnitFromEachOptionalGroup = oneUnitFromEachOptionalGroup;
        this.groups.clear();
        this.groups.addAll(groups);
        this.creditsAtLevel.clear();
        creditsAtLevel.stream().map(CreditsAtLevelRule::new).forEach(this.creditsAtLevel::add);
    }

    public void loadedFrom(String sourceHash) {
        this.sourceHash = sourceHash;
    }

    public RulesOfCombination rules() {
        return new RulesOfCombination(rulesStatement, totalCreditsMin, oneUnitFromEachOptionalGroup,
                groups.stream().map(UnitGroup::asRuleGroup).toList(),
                creditsAtLevel.stream().map(CreditsAtLevelRule::asRule).toList());
    }

    public Stream<Unit> units() {
        return groups.stream().flatMap(g -> g.getUnits().stream());
    }

    /** Check-character doubts about the qualification number and its unit references (see {@link CheckCharacters}). */
    public List<String> dataWarnings() {
        return Stream.concat(
                Optional.ofNullable(qualificationNumber).flatMap(CheckCharacters::qualificationNumberWarning).stream(),
                units().map(Unit::getUnitReference).filter(r -> r != null)
                        .flatMap(r -> CheckCharacters.unitReferenceWarning(r).stream()))
                .toList();
    }

    public String getId() {
        return id;
    }

    public String getQualificationNumber() {
        return qualificationNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getAwardingOrganisation() {
        return awardingOrganisation;
    }

    public int getLevel() {
        return level;
    }

    public Integer getGlhMin() {
        return glhMin;
    }

    public Integer getGlhMax() {
        return glhMax;
    }

    public Integer getTqt() {
        return tqt;
    }

    public Integer getCredits() {
        return credits;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public Grading getGrading() {
        return grading;
    }

    public QualificationStatus getStatus() {
        return status;
    }

    public String getSpecVersion() {
        return specVersion;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public String getRulesStatement() {
        return rulesStatement;
    }

    public Integer getTotalCreditsMin() {
        return totalCreditsMin;
    }

    public boolean isOneUnitFromEachOptionalGroup() {
        return oneUnitFromEachOptionalGroup;
    }

    public List<UnitGroup> getGroups() {
        return List.copyOf(groups);
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public long getVersion() {
        return version;
    }
}
