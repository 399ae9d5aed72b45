package uk.awarding.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** What a learner will know, understand or be able to do ("LO1"), with the criteria that show it. */
@Entity
@Table(name = "learning_outcome")
public class LearningOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(columnDefinition = "text")
    private String title;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "learning_outcome_id", nullable = false)
    @OrderColumn(name = "position")
    private List<AssessmentCriterion> assessmentCriteria = new ArrayList<>();

    protected LearningOutcome() {
    }

    public LearningOutcome(String code, String title, List<AssessmentCriterion> assessmentCriteria) {
        this.code = code;
        this.title = title;
        this.assessmentCriteria.addAll(assessmentCriteria);
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public List<AssessmentCriterion> getAssessmentCriteria() {
        return List.copyOf(assessmentCriteria);
    }
}
