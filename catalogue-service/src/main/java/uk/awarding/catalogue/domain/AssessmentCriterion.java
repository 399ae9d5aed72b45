package uk.awarding.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The standard a learner must meet ("AC1.1"), with the range statement that sets its breadth where the
 * specification gives one (C&G handbook: "Range statements define the breadth or scope of a learning outcome").
 */
@Entity
@Table(name = "assessment_criterion")
public class AssessmentCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(columnDefinition = "text")
    private String text;

    @Column(name = "range_statement", columnDefinition = "text")
    private String range;

    protected AssessmentCriterion() {
    }

    public AssessmentCriterion(String code, String text, String range) {
        this.code = code;
        this.text = text;
        this.range = range;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public String getRange() {
        return range;
    }
}
