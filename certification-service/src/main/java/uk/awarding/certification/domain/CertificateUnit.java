package uk.awarding.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit as printed on a certificate: reference or code, title, level and, where the qualification has credits, credits. */
@Entity
@Table(name = "certificate_unit")
public class CertificateUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    @Column(name = "unit_id")
    private String unitId;
    @Column(name = "unit_reference")
    private String unitReference;
    @Column(name = "ao_unit_code")
    private String aoUnitCode;
    private String title;
    private int level;
    private Integer credits;

    protected CertificateUnit() {
    }

    public CertificateUnit(int position, AchievedUnit unit) {
        this.position = position;
        this.unitId = unit.unitId();
        this.unitReference = unit.unitReference();
        this.aoUnitCode = unit.aoUnitCode();
        this.title = unit.title();
        this.level = unit.level();
        this.credits = unit.credits();
    }

    public AchievedUnit toAchievedUnit() {
        return new AchievedUnit(unitId, unitReference, aoUnitCode, title, level, credits);
    }
}
