package uk.awarding.certification.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;
import uk.awarding.certification.config.CertificationConfig;
import uk.awarding.certification.domain.AchievedUnit;
import uk.awarding.certification.domain.CertificateType;

/**
 * Each certificate as a verifiable credential an employer's software can check offline: a W3C Verifiable
 * Credentials 2.0 / Open Badges 3.0 {@code OpenBadgeCredential}, secured as a VC-JWT (JOSE, {@code typ
 * vc+jwt}) and signed with Ed25519 ({@code alg EdDSA}). The public key is published as a JWK set; revocation is
 * published as a Bitstring Status List credential, signed the same way. Signing is deterministic, so the same
 * certificate always yields the same credential.
 */
@ApplicationScoped
@Startup
public class Credentials {

    public static final String MEDIA_TYPE = "application/vc+jwt";
    /** W3C Bitstring Status List: at least 16 KB (131,072 entries) per list, so one entry does not stand out. */
    public static final int STATUS_LIST_SIZE = 131_072;

    private static final Logger LOG = Logger.getLogger(Credentials.class);

    private final CertificationConfig config;
    private final Issuers issuers;
    private final OctetKeyPair key;

    Credentials(CertificationConfig config, Issuers issuers) {
        this.config = config;
        this.issuers = issuers;
        this.key = signingKey(config.credential().signingKey(), ConfigUtils.isProfileActive("prod"));
    }

    /**
     * The configured key; without one, a key for this run only, outside the prod profile (dev, and tests, including
     * those of the packaged service). In production a missing key stops the start (this bean is created at start-up):
     * every replica would sign with its own key, and no credential would verify after a restart or on another replica.
     */
    static OctetKeyPair signingKey(Optional<String> configured, boolean production) {
        if (configured.isPresent()) {
            return parse(configured.get());
        }
        if (production) {
            throw new IllegalStateException("No credential signing key: set CREDENTIAL_SIGNING_KEY "
                    + "(certification.credential.signing-key) to the private Ed25519 JWK that signs verifiable credentials");
        }
        return ephemeral();
    }

    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    public String credential(CertificateView certificate) {
        String base = config.publicBaseUrl();
        long list = statusList(certificate);
        long index = certificate.statusListIndex() % STATUS_LIST_SIZE;
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", Issuers.CONTEXT);
        credential.put("id", base + "/api/certificates/" + certificate.number() + "/credential");
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", certificate.qualification().title());
        Map<String, Object> issuer = issuer(certificate.awardingOrganisation());
        credential.put("issuer", issuer);
        Instant validFrom = certificate.issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        credential.put("validFrom", validFrom.toString());
        credential.put("credentialSubject", subject(certificate));
        credential.put("credentialStatus", Map.of(
                "id", base + "/status-lists/" + list + "#" + index,
                "type", "BitstringStatusListEntry",
                "statusPurpose", "revocation",
                "statusListIndex", Long.toString(index),
                "statusListCredential", base + "/status-lists/" + list));
        return sign(credential, issuer, certificate.number(), validFrom);
    }

    /** The revocation list holding entries {@code (list - 1) × size} onwards, each revoked certificate a 1 bit. */
    public String statusList(long list, List<Long> revokedIndexes, Instant now) {
        byte[] bits = new byte[STATUS_LIST_SIZE / 8];
        long first = (list - 1) * STATUS_LIST_SIZE;
        for (long index : revokedIndexes) {
            long position = index - first;
            if (position >= 0 && position < STATUS_LIST_SIZE) {
                bits[(int) (position / 8)] |= (byte) (0x80 >>> (position % 8)); // first entry = left-most bit
            }
        }
        String url = config.publicBaseUrl() + "/status-lists/" + list;
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        Map<String, Object> issuer = issuer(issuers.platformName());
        credential.put("issuer", issuer);
        credential.put("validFrom", now.toString());
        credential.put("credentialSubject", Map.of(
                "id", url + "#list",
                "type", "BitstringStatusList",
                "statusPurpose", "revocation",
                "encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits))));
        return sign(credential, issuer, url, now);
    }

    public static long statusList(CertificateView certificate) {
        return certificate.statusListIndex() / STATUS_LIST_SIZE + 1;
    }

    /** The issuer as the credential names it; its id is the address of its profile ({@link Issuers}). */
    private Map<String, Object> issuer(String name) {
        return Map.of("id", issuers.idOf(name), "type", List.of("Profile"), "name", name);
    }

    private Map<String, Object> subject(CertificateView certificate) {
        var qualification = certificate.qualification();
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", "urn:awarding:qualification:" + qualification.id());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", certificate.type() == CertificateType.FULL ? qualification.title()
                : "Certificate of unit credit: " + qualification.title());
        achievement.put("description", description(certificate));
        achievement.put("criteria", Map.of("narrative", certificate.type() == CertificateType.FULL
                ? "Met the rules of combination of the qualification."
                : "Achieved the units listed, towards the qualification."));
        if (qualification.qualificationNumber() != null) {
            achievement.put("humanCode", qualification.qualificationNumber());
        }
        if (qualification.credits() != null && certificate.type() == CertificateType.FULL) {
            achievement.put("creditsAvailable", qualification.credits());
        }
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(
                identity("identifier", certificate.learner().uln()),
                identity("name", certificate.learner().givenName() + " " + certificate.learner().familyName())));
        subject.put("achievement", achievement);
        if (certificate.totalCredits() != null) {
            subject.put("creditsEarned", certificate.totalCredits());
        }
        return subject;
    }

    private static Map<String, Object> identity(String identityType, String value) {
        return Map.of("type", "IdentityObject", "hashed", false, "identityType", identityType, "identityHash", value);
    }

    private static String description(CertificateView certificate) {
        List<String> lines = new ArrayList<>();
        lines.add(certificate.awardingOrganisation() + ", level " + certificate.qualification().level()
                + (certificate.replacement() ? ", replacement certificate " : ", certificate ") + certificate.number()
                + ". Units achieved:");
        for (AchievedUnit unit : certificate.units()) {
            lines.add(unit.unitId() + " " + unit.title() + (unit.credits() != null ? " (" + unit.credits() + " credits)" : ""));
        }
        return String.join("\n", lines);
    }

    /** The JWT's {@code iss} is the credential's issuer id, as VC-JWT requires. */
    private String sign(Map<String, Object> credential, Map<String, Object> issuer, String subject, Instant issuedAt) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer.get("id").toString())
                    .subject(subject)
                    .jwtID(credential.get("id").toString())
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt));
            credential.forEach(claims::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                    .type(new JOSEObjectType("vc+jwt"))
                    .contentType("vc")
                    .keyID(key.getKeyID())
                    .build(), claims.build());
            jwt.sign(new Ed25519Signer(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a credential with the configured Ed25519 key", e);
        }
    }

    private static byte[] gzip(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static OctetKeyPair parse(String jwk) {
        try {
            OctetKeyPair key = OctetKeyPair.parse(jwk);
            if (!Curve.Ed25519.equals(key.getCurve()) || !key.isPrivate()) {
                throw new IllegalStateException("certification.credential.signing-key must be a private Ed25519 JWK");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("certification.credential.signing-key is not a JWK", e);
        }
    }

    private static OctetKeyPair ephemeral() {
        LOG.warn("No certification.credential.signing-key (CREDENTIAL_SIGNING_KEY) configured: signing credentials "
                + "with a key generated for this run only (dev and test); credentials issued now will not verify after a "
                + "restart");
        try {
            return new OctetKeyPairGenerator(Curve.Ed25519).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an Ed25519 key", e);
        }
    }
}
