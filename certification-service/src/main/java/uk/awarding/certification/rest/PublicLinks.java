package uk.awarding.certification.rest;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import uk.awarding.certification.config.CertificationConfig;

/**
 * Absolute links to this service's resources (Location headers) from the configured public address: a request's Host
 * and X-Forwarded-Host are whatever the client sent, so a link built from them could point anywhere.
 */
@ApplicationScoped
public class PublicLinks {

    private final String baseUrl;

    PublicLinks(CertificationConfig config) {
        this.baseUrl = config.publicBaseUrl();
    }

    /** {@code path} below the public base URL, e.g. {@code /api/certificates/7KQ4M9TX2HPCA}. */
    public URI to(String path) {
        return URI.create(baseUrl + path);
    }
}
