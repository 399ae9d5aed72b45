package uk.awarding.certification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.awarding.platform.problem.ProblemException;

/**
 * One learner's result for one unit. Online-tested units arrive from test-engine-service with the sitting that
 * produced them; portfolio units are recorded by the centre with the assessor and internal quality assurer who
 * signed them off (ProQual spec: "internally assessed and verified by centre staff"). A result is never edited:
 * a correction is a new result that names the one it corrects and why, so what a certificate was issued on stays
 * on record.
 */
@Entity
@Table(name = "unit_result")
public class UnitResult {

    @Id
    private String id;
    @Column(name = "registration_id")
    private String registrationId;
    @Column(name = "unit_id")
    private String unitId;
    @Enumerated(EnumType.STRING)
    private ResultSource source;
    @Column(name = "sitting_id")
    private String sittingId;
    private Integer score;
    @Column(name = "pass_mark")
    private Integer passMark;
    private String assessor;
    @Column(name = "internal_quality_assurer")
    private String internalQualityAssurer;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "achieved_on")
    private LocalDate achievedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "corrects_id")
    private String correctsId;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(name = "superseded_by_id")
    private String supersededById;
    @Column(name = "used_on_certificate")
    private boolean usedOnCertificate;
    @Version
    private long version;

    protected UnitResult() {
    }

    private UnitResult(String registrationId, String unitId, ResultSource source, Outcome outcome, LocalDate achievedOn,
            String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.registrationId = registrationId;
        this.unitId = unitId;
        this.source = source;
        this.outcome = outcome;
        this.achievedOn = achievedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A marked sitting: the outcome follows from the score and the pass mark (2794-210: 18 of 25). */
    public static UnitResult fromSitting(String registrationId, String unitId, String sittingId, int score, int passMark,
            LocalDate achievedOn, String recordedBy, Instant now) {
        UnitResult result = new UnitResult(registrationId, unitId, ResultSource.ONLINE_TEST,
                score >= passMark ? Outcome.PASS : Outcome.FAIL, achievedOn, recordedBy, now);
        result.sittingId = sittingId;
        result.score = score;
        result.passMark = passMark;
        return result;
    }

    public static UnitResult fromPortfolio(String registrationId, String unitId, String assessor,
            String internalQualityAssurer, Outcome outcome, LocalDate achievedOn, String recordedBy, Instant now) {
        UnitResult result = new UnitResult(registrationId, unitId, ResultSource.PORTFOLIO, outcome, achievedOn,
                recordedBy, now);
        result.assessor = assessor;
        result.internalQualityAssurer = internalQualityAssurer;
        return result;
    }

    /**
     * The corrected result as a new record; this one is kept, marked as superseded. A test result is marked by the
     * test engine, so only the awarding organisation corrects it (422 {@code unit-assessed-by-test}). Only the
     * current result of a unit can be corrected, so corrections form a single chain (409
     * {@code unit-result-superseded}, naming the result that corrected this one).
     */
    public UnitResult correct(Outcome newOutcome, LocalDate newAchievedOn, String reason, String recordedBy,
            boolean byAwardingOrganisation, Instant now) {
        if (!byAwardingOrganisation && source == ResultSource.ONLINE_TEST) {
            throw ProblemException.unprocessable("unit-assessed-by-test", "The unit is assessed by an online test",
                    "A test result can be corrected only by the awarding organisation.");
        }
        if (supersededById != null) {
            throw ProblemException.conflict("unit-result-superseded", "The result was already corrected",
                    "Correct the current result instead.").with("unitResultId", supersededById);
        }
        UnitResult correction = new UnitResult(registrationId, unitId, source, newOutcome, newAchievedOn, recordedBy,
                now);
        correction.score = score;
        correction.passMark = passMark;
        correction.assessor = assessor;
        correction.internalQualityAssurer = internalQualityAssurer;
        correction.correctsId = id;
        correction.correctionReason = reason;
        supersededById = correction.id;
        return correction;
    }

    public void markUsedOnCertificate() {
        usedOnCertificate = true;
    }

    public boolean isCurrent() {
        return supersededById == null;
    }

    public String getId() {
        return id;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public String getUnitId() {
        return unitId;
    }

    public ResultSource getSource() {
        return source;
    }

    public String getSittingId() {
        return sittingId;
    }

    public Integer getScore() {
        return score;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public String getAssessor() {
        return assessor;
    }

    public String getInternalQualityAssurer() {
        return internalQualityAssurer;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getCorrectsId() {
        return correctsId;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public String getSupersededById() {
        return supersededById;
    }

    public boolean isUsedOnCertificate() {
        return usedOnCertificate;
    }
}
