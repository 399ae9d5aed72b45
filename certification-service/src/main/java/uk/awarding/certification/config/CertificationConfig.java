package uk.awarding.certification.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of certification-service. */
@ConfigMapping(prefix = "certification")
public interface CertificationConfig {

    /** Public address of this service (through the gateway): the issuer id and the base of verification links. */
    @WithDefault("http://localhost:8080/certification")
    String publicBaseUrl();

    /** Name of the issuer of verifiable credentials. */
    @WithDefault("Awarding Platform")
    String issuerName();

    Credential credential();

    Verification verification();

    interface Credential {

        /** Ed25519 private key as a JWK (OKP, crv Ed25519, with kid), from the environment; generated per start when absent outside prod. */
        Optional<String> signingKey();
    }

    interface Verification {

        /** Public verifications one client address may make in a burst. */
        @WithDefault("30")
        int burst();

        /** Public verifications per minute a client address gets back after a burst. */
        @WithDefault("30")
        int perMinute();
    }
}
