package uk.awarding.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.ProblemException;

class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final AchievedUnit UNIT = new AchievedUnit("2794-201", null, "2794-201", "Unit 201", 2, null);

    @Test
    void aCertificateListsAtLeastOneUnit() {
        assertThrows(IllegalArgumentException.class, () -> issue(List.of()));
    }

    @Test
    void aReplacementIsANewValidDocumentLinkedToTheOriginalWhichStaysValid() {
        Certificate original = issue(List.of(UNIT));
        Certificate replacement = original.replace("BBBBBBBBBBBBB", "lost", TODAY);
        assertEquals("BBBBBBBBBBBBB", replacement.getNumber());
        assertTrue(replacement.isReplacement());
        assertEquals(original.getNumber(), replacement.getReplacementOfNumber());
        assertEquals(original.achievedUnits(), replacement.achievedUnits());
        assertEquals(CertificateStatus.VALID, replacement.getStatus());
        assertEquals(CertificateStatus.VALID, original.getStatus());
    }

    @Test
    void aReplacementOfAReplacementLinksToTheOriginal() {
        Certificate original = issue(List.of(UNIT));
        Certificate second = original.replace("BBBBBBBBBBBBB", "lost", TODAY).replace("CCCCCCCCCCCCC", "damaged", TODAY);
        assertSame(original, second.original());
    }

    @Test
    void aRevokedCertificateIsNotReplaced() {
        Certificate original = issue(List.of(UNIT));
        original.revokeWith(List.of(original), "malpractice", NOW);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> original.replace("BBBBBBBBBBBBB", "lost", TODAY));
        assertEquals(409, refused.status());
        assertEquals("certificate-revoked", refused.type());
    }

    @Test
    void revokingAnyCertificateOfAChainRevokesTheWholeChain() {
        Certificate original = issue(List.of(UNIT));
        Certificate replacement = original.replace("BBBBBBBBBBBBB", "lost", TODAY);
        replacement.revokeWith(List.of(original, replacement), "malpractice", NOW);
        assertEquals(CertificateStatus.REVOKED, original.getStatus());
        assertEquals(CertificateStatus.REVOKED, replacement.getStatus());
    }

    @Test
    void aRevokedCertificateIsNotRevokedAgain() {
        Certificate original = issue(List.of(UNIT));
        original.revokeWith(List.of(original), "malpractice", NOW);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> original.revokeWith(List.of(original), "again", NOW));
        assertEquals(409, refused.status());
        assertEquals("certificate-revoked", refused.type());
    }

    @Test
    void aValidCertificateIsRevokedEvenWhenAnotherOfItsChainWasRevokedBefore() {
        Certificate original = issue(List.of(UNIT));
        Certificate replacement = original.replace("BBBBBBBBBBBBB", "lost", TODAY);
        original.revokeWith(List.of(original), "malpractice", NOW);
        replacement.revokeWith(List.of(original, replacement), "malpractice", NOW);
        assertEquals(CertificateStatus.REVOKED, replacement.getStatus());
    }

    private static Certificate issue(List<AchievedUnit> units) {
        Claim claim = new Claim("7c9e6679-7425-40de-944b-e07fc1f90ae7", "CEN001", null, "centre-CEN001", NOW);
        return Certificate.issue("AAAAAAAAAAAAA", claim, CertificateType.FULL,
                new Learner("9276308686", "Ada", "Okafor"),
                new QualificationDetails("cg-2794-02", "603/3216/7", "Customer Service", "City & Guilds", 2, null),
                units, TODAY);
    }
}
