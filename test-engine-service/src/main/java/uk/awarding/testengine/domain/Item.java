package uk.awarding.testengine.domain;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a multiple-choice item. Versions are immutable: the content columns have no setters, a revision
 * is a new row with {@code version + 1}, and only the status moves (with the review that moved it). A sitting points
 * at the exact row it was given.
 */
@Entity
@Table(name = "item")
public class Item {

    private static final Pattern ITEM_CODE = Pattern.compile("[0-9]{3}-[0-9]+-[0-9]{3}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_code")
    private String itemCode;
    private int version;
    private String unit;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    @Column(name = "learning_outcome")
    private String learningOutcome;
    @Column(name = "assessment_criterion")
    private String assessmentCriterion;
    private String stem;
    @Column(name = "option_a")
    private String optionA;
    @Column(name = "option_b")
    private String optionB;
    @Column(name = "option_c")
    private String optionC;
    @Column(name = "option_d")
    private String optionD;
    @Column(name = "answer_key")
    private String answerKey;
    private String rationale;
    /** Comma-separated item codes; see {@link ItemContent#enemies()}. */
    private String enemies;
    @Column(name = "change_note")
    private String changeNote;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_decision")
    private ReviewDecision reviewDecision;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_note")
    private String reviewNote;

    protected Item() {
    }

    /**
     * A new item version. The item code's LO part must match the learning outcome (code 210-3-007 is an LO3 item),
     * as the item bank README requires.
     */
    public Item(String itemCode, int version, ItemStatus status, ItemContent content, Instant createdAt, String createdBy) {
        this(itemCode, version, status, content, createdAt, createdBy, null);
    }

    /**
     * A new item version with a note of what it changed and why. An item cannot be its own enemy.
     */
    public Item(String itemCode, int version, ItemStatus status, ItemContent content, Instant createdAt, String createdBy,
            String changeNote) {
        if (itemCode == null || !ITEM_CODE.matcher(itemCode).matches()) {
            throw new InvalidItemException("itemCode must look like 210-1-001");
        }
        if (!itemCode.split("-")[1].equals(content.learningOutcome().substring(2))) {
            throw new InvalidItemException("itemCode " + itemCode + " does not belong to " + content.learningOutcome());
        }
        if (content.enemies().contains(itemCode)) {
            throw new InvalidItemException("item " + itemCode + " cannot be its own enemy");
        }
        if (version < 1) {
            throw new InvalidItemException("version must be at least 1");
        }
        this.itemCode = itemCode;
        this.version = version;
        this.status = status;
        this.unit = content.unit();
        this.learningOutcome = content.learningOutcome();
        this.assessmentCriterion = content.assessmentCriterion();
        this.stem = content.stem();
        this.optionA = content.options().get(0);
        this.optionB = content.options().get(1);
        this.optionC = content.options().get(2);
        this.optionD = content.options().get(3);
        this.answerKey = content.key();
        this.rationale = content.rationale();
        this.enemies = String.join(",", content.enemies());
        this.changeNote = changeNote;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public ItemContent content() {
        return new ItemContent(unit, learningOutcome, assessmentCriterion, stem,
                List.of(optionA, optionB, optionC, optionD), answerKey, rationale,
                enemies.isEmpty() ? List.of() : List.of(enemies.split(",")));
    }

    public void retire() {
        status = ItemStatus.RETIRED;
    }

    /** A DRAFT version nobody has reviewed yet: the only kind a reviewer may approve or reject. */
    public boolean awaitsReview() {
        return status == ItemStatus.DRAFT && reviewDecision == null;
    }

    /** Records a review; an approval makes the version LIVE, a rejection leaves it DRAFT. */
    public void review(ReviewDecision decision, String reviewer, Instant at, String note) {
        if (!awaitsReview()) {
            throw new IllegalStateException("item " + itemCode + " v" + version + " is not awaiting review");
        }
        reviewDecision = decision;
        reviewedBy = reviewer;
        reviewedAt = at;
        reviewNote = note;
        if (decision == ReviewDecision.APPROVED) {
            status = ItemStatus.LIVE;
        }
    }

    public boolean isCorrect(String optionId) {
        return answerKey.equals(optionId);
    }

    public Long getId() {
        return id;
    }

    public String getItemCode() {
        return itemCode;
    }

    public int getVersion() {
        return version;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getLearningOutcome() {
        return learningOutcome;
    }

    public String getUnit() {
        return unit;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public ReviewDecision getReviewDecision() {
        return reviewDecision;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
