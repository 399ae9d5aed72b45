package uk.awarding.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * How an online-tested unit is examined: duration, number of questions, pass mark and the blueprint of questions
 * per learning outcome, and when a failed candidate may sit it again. C&G 2794-02 handbook, section 4 "Test
 * specifications": unit 210 is 60 minutes, 25 questions, 5/5/8/7 over LO1..LO4, "a minimum of 18 out of 25" to pass.
 */
@Entity
@Table(name = "test_specification")
public class TestSpecification {

    /** The same id as the unit it examines: a unit has at most one test specification. */
    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    /**
     * Sat only in a test session that a centre schedules and an invigilator runs, started with the session's keycode
     * (JCQ, Instructions for conducting examinations: on-screen tests). Unit 210 is.
     */
    private boolean invigilated;

    @Column(name = "question_count")
    private int questionCount;

    @Column(name = "pass_mark")
    private int passMark;

    @ElementCollection
    @CollectionTable(name = "blueprint_entry", joinColumns = @JoinColumn(name = "test_specification_id"))
    @OrderColumn(name = "position")
    private List<BlueprintEntry> blueprint = new ArrayList<>();

    @Embedded
    private ResitPolicy resitPolicy;

    protected TestSpecification() {
    }

    public TestSpecification(Long unitId) {
        this.unitId = unitId;
    }

    /** Sets the figures, refusing a blueprint that does not add up to the question count or an unreachable pass mark. */
    public void specify(int durationMinutes, boolean invigilated, int questionCount, int passMark,
            List<BlueprintEntry> blueprint, ResitPolicy resitPolicy) {
        int planned = blueprint.stream().mapToInt(BlueprintEntry::getQuestions).sum();
        if (planned != questionCount) {
            throw new IllegalArgumentException("The blueprint plans " + planned + " questions, not " + questionCount);
        }
        if (passMark < 1 || passMark > questionCount) {
            throw new IllegalArgumentException("The pass mark " + passMark + " is outside 1.." + questionCount);
        }
        this.durationMinutes = durationMinutes;
        this.invigilated = invigilated;
        this.questionCount = questionCount;
        this.passMark = passMark;
        this.blueprint.clear();
        this.blueprint.addAll(blueprint);
        this.resitPolicy = resitPolicy;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public boolean isInvigilated() {
        return invigilated;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getPassMark() {
        return passMark;
    }

    public List<BlueprintEntry> getBlueprint() {
        return List.copyOf(blueprint);
    }

    public ResitPolicy getResitPolicy() {
        return resitPolicy;
    }

    /** Questions drawn for one learning outcome. */
    @Embeddable
    public static class BlueprintEntry {

        @Column(name = "learning_outcome")
        private String learningOutcome;

        private int questions;

        protected BlueprintEntry() {
        }

        public BlueprintEntry(String learningOutcome, int questions) {
            this.learningOutcome = learningOutcome;
            this.questions = questions;
        }

        public String getLearningOutcome() {
            return learningOutcome;
        }

        public int getQuestions() {
            return questions;
        }
    }
}
