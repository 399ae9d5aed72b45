package uk.awarding.registration.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A learner, identified by ULN: one record per ULN however many centres register them, because the ULN is
 * the learner's identity across the whole further-education system.
 */
@Entity
@Table(name = "learner")
public class Learner {

    @Id
    private String uln;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Learner() {
    }

    public Learner(Uln uln, String givenName, String familyName, LocalDate dateOfBirth, Instant createdAt) {
        this.uln = uln.value();
        this.givenName = normalise(givenName);
        this.familyName = normalise(familyName);
        this.dateOfBirth = dateOfBirth;
        this.createdAt = createdAt;
    }

    /**
     * The names of the details that differ from this record: names compared as people write them (Unicode-normalised,
     * trimmed, ignoring letter case), the date of birth exactly. Only the names of the fields, never the recorded
     * values: the record may belong to another centre's learner.
     */
    public List<String> fieldsDifferingFrom(String givenName, String familyName, LocalDate dateOfBirth) {
        List<String> differences = new ArrayList<>();
        if (!this.givenName.equalsIgnoreCase(normalise(givenName))) {
            differences.add("givenName");
        }
        if (!this.familyName.equalsIgnoreCase(normalise(familyName))) {
            differences.add("familyName");
        }
        if (!this.dateOfBirth.equals(dateOfBirth)) {
            differences.add("dateOfBirth");
        }
        return differences;
    }

    /**
     * Completed years of age on {@code date}, as the minimum-age rule counts them: a learner born on
     * 29 February turns a year older on 1 March in years without one.
     */
    public static int age(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    public String uln() {
        return uln;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }
}
