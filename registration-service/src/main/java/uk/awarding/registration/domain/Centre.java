package uk.awarding.registration.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A centre the awarding organisation has recognised. It may register learners only on the qualifications it
 * is approved for: approval is the awarding organisation's quality check that the centre can deliver them.
 */
@Entity
@Table(name = "centre")
public class Centre {

    @Id
    @Column(name = "centre_number")
    private String centreNumber;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "centre_approval", joinColumns = @JoinColumn(name = "centre_number"))
    @Column(name = "qualification_id")
    private Set<String> approvedQualifications = new TreeSet<>();

    protected Centre() {
    }

    public Centre(String centreNumber, String name, Instant createdAt) {
        this.centreNumber = centreNumber;
        this.name = name.strip();
        this.createdAt = createdAt;
    }

    /** Returns whether the approval is new. */
    public boolean approve(String qualificationId) {
        return approvedQualifications.add(qualificationId);
    }

    public boolean isApprovedFor(String qualificationId) {
        return approvedQualifications.contains(qualificationId);
    }

    public String centreNumber() {
        return centreNumber;
    }

    public String name() {
        return name;
    }

    public Set<String> approvedQualifications() {
        return Collections.unmodifiableSet(new TreeSet<>(approvedQualifications));
    }
}
