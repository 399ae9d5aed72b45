package uk.awarding.registration.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.annotations.RegisterForReflection;
import uk.awarding.platform.persistence.Lookups;
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.problem.ProblemMappers;
import uk.awarding.platform.security.Caller;
import uk.awarding.registration.client.CatalogueClient;
import uk.awarding.registration.domain.Centre;
import uk.awarding.registration.repository.CentreRepository;

/** Recognising centres and approving them for qualifications: the awarding organisation's decisions. */
@ApplicationScoped
public class Centres {

    private static final String ENTITY = "centre";

    private final CentreRepository centres;
    private final CatalogueClient catalogue;
    private final AuditLog audit;
    private final Caller caller;

    public Centres(CentreRepository centres, CatalogueClient catalogue, AuditLog audit, Caller caller) {
        this.centres = centres;
        this.catalogue = catalogue;
        this.audit = audit;
        this.caller = caller;
    }

    /** Audit details are written by the ObjectMapper directly: registered for the native image. */
    @RegisterForReflection
    record CentreCreated(String name) {
    }

    @RegisterForReflection
    record QualificationApproved(String qualificationId) {
    }

    @Transactional
    public Centre create(String centreNumber, String name) {
        if (Lookups.byId(centres.findByIdOptional(centreNumber)).isPresent()) {
            throw ProblemException.conflict("centre-exists", "The centre exists already",
                    "centreNumber: centre " + centreNumber + " is already recognised.")
                    .with("errors", List.of(new FieldError("centreNumber", "already recognised")));
        }
        Instant now = Instant.now();
        Centre centre = new Centre(centreNumber, name, now);
        centres.persist(centre);
        audit.record(now, "CENTRE_CREATED", ENTITY, centreNumber, new CentreCreated(centre.name()));
        return centre;
    }

    /**
     * Approves the centre for a qualification the catalogue knows; approving twice changes nothing. The catalogue
     * is asked before the transaction that approves opens, and only about a centre that exists.
     */
    public Centre approve(String centreNumber, String qualificationId) {
        existing(centreNumber);
        boolean inCatalogue = catalogue.qualification(qualificationId).isPresent();
        try {
            return approve(centreNumber, qualificationId, inCatalogue);
        } catch (RuntimeException e) {
            if (!ProblemMappers.isDuplicateKey(e)) {
                throw e;
            }
            // The same approval, sent at the same moment, committed first: approving twice changes nothing.
            return QuarkusTransaction.requiringNew().call(() -> existing(centreNumber));
        }
    }

    /** The approval itself, with the catalogue's answer read before its transaction opened. */
    @Transactional
    Centre approve(String centreNumber, String qualificationId, boolean inCatalogue) {
        Centre centre = existing(centreNumber);
        if (!inCatalogue) {
            throw ProblemException.unprocessable("unknown-qualification", "No such qualification",
                    "qualificationId: the catalogue has no qualification '" + qualificationId + "'")
                    .with("errors", List.of(new FieldError("qualificationId", "not in the catalogue")));
        }
        if (centre.approve(qualificationId)) {
            audit.record(Instant.now(), "CENTRE_APPROVED", ENTITY, centreNumber, new QualificationApproved(qualificationId));
        }
        return centre;
    }

    /** Awarding staff may read any centre, a centre only itself; anything else is 404, as if it did not exist. */
    @Transactional
    public Centre visible(String centreNumber) {
        if (!caller.actsFor(centreNumber)) {
            throw notFound(centreNumber);
        }
        return existing(centreNumber);
    }

    /** Its own short transaction when called before a command's transaction opens. */
    @Transactional
    Centre existing(String centreNumber) {
        return Lookups.byId(centres.findByIdOptional(centreNumber)).orElseThrow(() -> notFound(centreNumber));
    }

    private static ProblemException notFound(String centreNumber) {
        return ProblemException.notFound("centre-not-found", "No such centre",
                "There is no centre " + centreNumber + " that you may see.");
    }
}
