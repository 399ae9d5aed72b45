package uk.awarding.certification.config;

import java.util.Optional;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of certification-service. */
@ConfigMapping(prefix = "certification")
public interface CertificationConfig {

    /** Public address of this service (through the gateway): the issuer id and the base of verification links. */
    @WithDefault("http://localhost:8080/certification")
    String publicBaseUrl();

    /**
     * Public address of the verification pages (through the gateway): printed on certificates, and the base of every
     * verification link and form action, which are never built from a request's Host header.
     */
    @WithDefault("http://localhost:8080/verify")
    String publicVerifyUrl();

    /**
     * Name of the platform that runs this service: the issuer of the revocation status lists, which hold entries of
     * every awarding organisation's certificates. A certificate's credential is issued by the awarding organisation the
     * certificate names.
     */
    @WithDefault("Awarding Platform")
    String issuerName();

    /** The OIDC client of test-engine-service: the only service account that may record test results. */
    @WithDefault("test-engine-service")
    String testEngineClientId();

    /**
     * The key that encrypts the learner pages' session cookie ({@code SESSION_COOKIE_SECRET}): the same in every pod,
     * and at least 32 characters, the strength of the AES-256 key derived from it; a shorter one fails the start.
     */
    @Size(min = 32)
    String sessionCookieSecret();

    Credential credential();

    Verification verification();

    interface Credential {

        /** Ed25519 private key as a JWK (OKP, crv Ed25519, with kid), from the environment; generated per start when absent outside prod. */
        Optional<String> signingKey();
    }

    interface Verification {

        /** Public verifications one client (an IPv4 address, an IPv6 /64) may make in each minute, across replicas. */
        @WithDefault("30")
        int perMinute();
    }
}
