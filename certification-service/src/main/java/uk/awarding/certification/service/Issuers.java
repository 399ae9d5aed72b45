package uk.awarding.certification.service;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import uk.awarding.certification.config.CertificationConfig;
import uk.awarding.certification.domain.IssuerIds;

/**
 * Who issues the credentials, and the profile each issuer's id answers. A certificate's credential is issued by the
 * awarding organisation the certificate names (as the printed certificate is), so a verifier sees the same
 * organisation on both; the revocation status lists, which hold entries of every organisation's certificates, are
 * issued by the platform that signs them ({@code certification.issuer-name}). Every issuer id is an address of this
 * service, {@code <public-base-url>/issuers/<id>}, that answers the issuer's profile.
 */
@ApplicationScoped
public class Issuers {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final String base;
    private final String platform;
    private final String verifyUrl;
    private final Certificates certificates;

    Issuers(CertificationConfig config, Certificates certificates) {
        this.base = config.publicBaseUrl();
        this.platform = config.issuerName();
        this.verifyUrl = config.publicVerifyUrl();
        this.certificates = certificates;
    }

    /** The issuer id (the profile's address) of the organisation or platform with this name. */
    public String idOf(String name) {
        return base + "/issuers/" + IssuerIds.of(name);
    }

    /** The issuer of the status lists: the platform that runs this service. */
    public String platformName() {
        return platform;
    }

    /** The profile at {@code /issuers/<id>}: the platform's, or an awarding organisation's that has issued certificates. */
    public Optional<IssuerProfile> profile(String id) {
        return Stream.concat(Stream.of(platform), certificates.awardingOrganisations().stream())
                .filter(name -> IssuerIds.of(name).equals(id))
                .findFirst()
                .map(name -> new IssuerProfile(CONTEXT, idOf(name), List.of("Profile"), name, name.equals(platform)
                        ? name + " runs this certification service and publishes the revocation status lists of the "
                                + "credentials it signs."
                        : name + " is the awarding organisation that issued the certificates these credentials "
                                + "stand for. Anyone can check such a certificate at " + verifyUrl + "/"));
    }
}
