package uk.awarding.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit of assessment. Identified by its Ofqual unit reference where it has one, else by its awarding
 * organisation's code (C&G and EDI publish no references; SFJ's draft has "TBC"). Titles are not unique
 * (SFJ's and EDI's "Process information about customers" are different units), so a unit is
 * never looked up by title. One unit can belong to several qualifications.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_reference")
    private String unitReference;

    @Column(name = "ao_unit_code")
    private String aoUnitCode;

    private String title;
    private int level;
    private Integer glh;
    private Integer credits;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_method")
    private AssessmentMethod assessmentMethod;

    @Column(name = "knowledge_only")
    private boolean knowledgeOnly;

    @Column(columnDefinition = "text")
    private String aim;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "unit_id", nullable = false)
    @OrderColumn(name = "position")
    private List<LearningOutcome> learningOutcomes = new ArrayList<>();

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String unitReference, String aoUnitCode) {
        if (unitReference == null && aoUnitCode == null) {
            throw new IllegalArgumentException("A unit needs a unit reference or an AO unit code");
        }
        this.unitReference = unitReference;
        this.aoUnitCode = aoUnitCode;
    }

    /** The id other services use: the unit reference if there is one, else the AO unit code (docs/architecture.md). */
    public String unitId() {
        return unitReference != null ? unitReference : aoUnitCode;
    }

    /** Replaces the descriptive fields; the identity (reference or code) is kept. */
    public void describe(String aoUnitCode, String title, int level, Integer glh, Integer credits,
            AssessmentMethod assessmentMethod, boolean knowledgeOnly, String aim) {
        if (unitReference == null && aoUnitCode == null) {
            throw new IllegalArgumentException("A unit without a unit reference needs its AO unit code");
        }
        this.aoUnitCode = aoUnitCode;
        this.title = title;
        this.level = level;
        this.glh = glh;
        this.credits = credits;
        this.assessmentMethod = assessmentMethod;
        this.knowledgeOnly = knowledgeOnly;
        this.aim = aim;
    }

    public void replaceLearningOutcomes(List<LearningOutcome> outcomes) {
        learningOutcomes.clear();
        learningOutcomes.addAll(outcomes);
    }

    public RuleUnit asRuleUnit() {
        return new RuleUnit(unitId(), level, credits);
    }

    public Long getId() {
        return id;
    }

    public String getUnitReference() {
        return unitReference;
    }

    public String getAoUnitCode() {
        return aoUnitCode;
    }

    public String getTitle() {
        return title;
    }

    public int getLevel() {
        return level;
    }

    public Integer getGlh() {
        return glh;
    }

    public Integer getCredits() {
        return credits;
    }

    public AssessmentMethod getAssessmentMethod() {
        return assessmentMethod;
    }

    public boolean isKnowledgeOnly() {
        return knowledgeOnly;
    }

    public String getAim() {
        return aim;
    }

    public List<LearningOutcome> getLearningOutcomes() {
        return List.copyOf(learningOutcomes);
    }

    public long getVersion() {
        return version;
    }
}
