package uk.awarding.registration.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;
import uk.awarding.platform.persistence.Lookups;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.registration.client.CatalogueClient;
import uk.awarding.registration.client.CatalogueQualification;
import uk.awarding.registration.config.RegistrationConfig;
import uk.awarding.registration.domain.AccessArrangements;
import uk.awarding.registration.domain.Centre;
import uk.awarding.registration.domain.Learner;
import uk.awarding.registration.domain.NewRegistration;
import uk.awarding.registration.domain.OutboxMessage;
import uk.awarding.registration.domain.QualificationTerms;
import uk.awarding.registration.domain.Registration;
import uk.awarding.registration.domain.RegistrationNotActiveException;
import uk.awarding.registration.domain.RegistrationRules;
import uk.awarding.registration.domain.RegistrationRules.Decision;
import uk.awarding.registration.domain.RegistrationStatus;
import uk.awarding.registration.domain.RuleViolation;
import uk.awarding.registration.repository.CentreRepository;
import uk.awarding.registration.repository.LearnerRepository;
import uk.awarding.registration.repository.OutboxRepository;
import uk.awarding.registration.repository.RegistrationRepository;
import uk.awarding.registration.service.BatchReport.RowStatus;

/**
 * Registering learners, one at a time or in batches, withdrawing them and arranging access. A registration first
 * asks catalogue-service outside any transaction ({@code readPeers}), then, in the one transaction
 * {@link Idempotency} opens, reads what the database holds, decides with {@link RegistrationRules} and writes
 * the registration with its audit event. A batch is one transaction: all of its rows or none.
 */
@ApplicationScoped
public class Registrations {

    private static final String ENTITY = "registration";
    /** Keeps IN lists well inside what MariaDB parses quickly. */
    private static final int LOOKUP_CHUNK = 1000;

    private final RegistrationRepository registrations;
    private final LearnerRepository learners;
    private final CentreRepository centres;
    private final CatalogueClient catalogue;
    private final AuditLog audit;
    private final Caller caller;
    private final RegistrationConfig config;
    private final BatchRefusals refusals;
    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public Registrations(RegistrationRepository registrations, LearnerRepository learners, CentreRepository centres,
            CatalogueClient catalogue, AuditLog audit, Caller caller, RegistrationConfig config, BatchRefusals refusals,
            OutboxRepository outbox, ObjectMapper json, Clock clock) {
        this.registrations = registrations;
        this.learners = learners;
        this.centres = centres;
        this.catalogue = catalogue;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
        this.refusals = refusals;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Audit details are written by the ObjectMapper directly: registered for the native image. */
    @RegisterForReflection
    record RegisteredDetail(String centreNumber, String uln, String qualificationId,
            AccessArrangements accessArrangements, boolean newLearner) {
    }

    @RegisterForReflection
    record WithdrawnDetail(String reason) {
    }

    /** The withdrawal as test-engine-service receives it (contracts/test-engine-service). */
    @RegisterForReflection
    record WithdrawalNotice(String registrationId, Instant withdrawnAt) {
    }

    @RegisterForReflection
    record ArrangementsChanged(AccessArrangements from, AccessArrangements to) {
    }

    /**
     * The peers' part of a registration, read before its transaction: the catalogue's terms for the qualification.
     * An unrecognised centre is refused first, as the write would refuse it, without asking the catalogue.
     */
    public Optional<QualificationTerms> readPeers(NewRegistration request) {
        callerCentre();
        return terms(request.qualificationId());
    }

    /** The peers' part of a batch: the catalogue's terms for each qualification its rows name, each asked once. */
    public Map<String, Optional<QualificationTerms>> readPeers(List<BatchRow> rows) {
        callerCentre();
        Map<String, Optional<QualificationTerms>> qualifications = new HashMap<>();
        rows.stream().filter(r -> r.registration() != null).map(r -> r.registration().qualificationId())
                .forEach(id -> qualifications.computeIfAbsent(id, this::terms));
        return qualifications;
    }

    /**
     * Runs in the command's transaction, with the catalogue's answer read before it opened. A refusal lists every
     * rule the request breaks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration register(NewRegistration request, Optional<QualificationTerms> qualification) {
        Centre centre = callerCentre();
        String uln = request.uln().value();
        Optional<Learner> existing = Lookups.byId(learners.findByIdOptional(uln));
        String activeAt = registrations.activeAt(uln, request.qualificationId()).orElse(null);
        Decision decision = RegistrationRules.decide(request, qualification, centre, existing.orElse(null), activeAt,
                registrationDate());
        if (!decision.accepted()) {
            throw RuleProblems.of(decision.refusals());
        }
        Instant now = now();
        Learner learner = existing.orElseGet(() -> newLearner(request, now));
        if (existing.isEmpty()) {
            learners.persist(learner);
        }
        Registration registration = persistRegistration(centre, request, learner, now);
        auditRegistered(registration, existing.isEmpty(), now);
        return registration;
    }

    /**
     * Checks every row, then registers all of them or, when any row breaks a rule, none: the 422 answer then
     * carries the report of every row, and the refusal is audited ({@link BatchRefusals}). Runs in the command's
     * transaction, with the catalogue's answers read before it opened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchReport registerAll(List<BatchRow> rows, Map<String, Optional<QualificationTerms>> qualifications) {
        Centre centre = callerCentre();
        List<String> ulns = rows.stream().filter(r -> r.registration() != null)
                .map(r -> r.registration().uln().value()).distinct().toList();
        Map<String, Learner> known = new HashMap<>();
        Map<String, String> activeAt = new HashMap<>();
        for (int from = 0; from < ulns.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = ulns.subList(from, Math.min(ulns.size(), from + LOOKUP_CHUNK));
            learners.findByUlns(chunk).forEach(l -> known.put(l.uln(), l));
            activeAt.putAll(registrations.activePairs(chunk));
        }

        Instant now = now();
        LocalDate registrationDate = registrationDate();
        Map<String, Learner> created = new HashMap<>();
        List<BatchReport.Row> report = new ArrayList<>(rows.size());
        boolean anyInvalid = false;
        for (BatchRow row : rows) {
            List<RuleViolation> errors = new ArrayList<>(row.inputErrors());
            NewRegistration request = row.registration();
            if (request != null) {
                String uln = request.uln().value();
                Learner learner = known.get(uln);
                String pair = uln + "/" + request.qualificationId();
                Decision decision = RegistrationRules.decide(request, qualifications.get(request.qualificationId()),
                        centre, learner, activeAt.get(pair), registrationDate);
                errors.addAll(decision.refusals());
                if (learner == null) {
                    // Later rows for the same ULN meet this learner, as they would one at a time.
                    learner = newLearner(request, now);
                    known.put(uln, learner);
                    created.put(uln, learner);
                }
                activeAt.putIfAbsent(pair, centre.centreNumber());
            }
            anyInvalid |= !errors.isEmpty();
            report.add(new BatchReport.Row(row.row(), errors.isEmpty() ? RowStatus.VALID : RowStatus.INVALID,
                    List.copyOf(errors), null));
        }
        if (anyInvalid) {
            throw refusals.rejected(report);
        }

        created.values().forEach(learners::persist);
        // Every registration, then every audit event: Hibernate batches only consecutive inserts into one table, so
        // a registration and its event in turn would send the batch row by row.
        List<Registration> stored = new ArrayList<>(rows.size());
        List<Boolean> newLearner = new ArrayList<>(rows.size());
        List<BatchReport.Row> registered = new ArrayList<>(rows.size());
        for (BatchRow row : rows) {
            String uln = row.registration().uln().value();
            Registration done = persistRegistration(centre, row.registration(), known.get(uln), now);
            stored.add(done);
            newLearner.add(created.remove(uln) != null);
            registered.add(new BatchReport.Row(row.row(), RowStatus.REGISTERED, List.of(), done.id()));
        }
        for (int i = 0; i < stored.size(); i++) {
            auditRegistered(stored.get(i), newLearner.get(i), now);
        }
        return new BatchReport(rows.size(), rows.size(), registered);
    }

    /**
     * Withdraws the registration and, in the same transaction, queues the withdrawal for test-engine-service
     * ({@link OutboxRelay}), which then refuses to book or start it.
     */
    @Transactional
    public Registration withdraw(String id, String reason) {
        Registration registration = changeable(id);
        Instant now = now();
        try {
            registration.withdraw(now, reason);
        } catch (RegistrationNotActiveException e) {
            throw notActive(id);
        }
        audit.record(now, "WITHDRAWN", ENTITY, id, new WithdrawnDetail(reason));
        outbox.persist(new OutboxMessage(id, notice(new WithdrawalNotice(id, now)), now));
        return registration;
    }

    @Transactional
    public Registration changeAccessArrangements(String id, AccessArrangements arrangements) {
        Registration registration = changeable(id);
        AccessArrangements before = registration.accessArrangements();
        try {
            registration.changeAccessArrangements(arrangements);
        } catch (RegistrationNotActiveException e) {
            throw notActive(id);
        }
        audit.record(now(), "ACCESS_ARRANGEMENTS_CHANGED", ENTITY, id, new ArrangementsChanged(before, arrangements));
        return registration;
    }

    /** The registration if the caller may read it; otherwise 404, so ids of other centres' learners reveal nothing. */
    @Transactional
    public Registration visible(String id) {
        Registration registration = registrations.findWithLearner(id).orElseThrow(() -> notFound(id));
        boolean visible = caller.is(Roles.STAFF) || caller.is(Roles.SERVICE)
                || registration.centreNumber().equals(caller.centreNumber())
                || registration.learner().uln().equals(caller.candidateUln());
        if (!visible) {
            throw notFound(id);
        }
        return registration;
    }

    /** A centre lists its own registrations, a candidate their own, awarding staff everyone's. */
    @Transactional
    public ResultPage<Registration> page(String uln, String qualificationId, RegistrationStatus status, int page,
            int size) {
        RegistrationRepository.Filter filter;
        if (caller.is(Roles.STAFF)) {
            filter = new RegistrationRepository.Filter(null, uln, qualificationId, status);
        } else if (caller.is(Roles.CANDIDATE)) {
            String own = caller.candidateUln();
            if (own == null || uln != null && !uln.equals(own)) {
                return new ResultPage<>(List.of(), page, size, 0);
            }
            filter = new RegistrationRepository.Filter(null, own, qualificationId, status);
        } else {
            filter = new RegistrationRepository.Filter(caller.requireCentreNumber(), uln, qualificationId, status);
        }
        return registrations.page(filter, page, size);
    }

    private Registration changeable(String id) {
        Registration registration = registrations.findWithLearner(id).orElseThrow(() -> notFound(id));
        if (!caller.actsFor(registration.centreNumber())) {
            throw notFound(id);
        }
        return registration;
    }

    private Registration persistRegistration(Centre centre, NewRegistration request, Learner learner, Instant now) {
        Registration registration = new Registration(centre.centreNumber(), learner, request.qualificationId(), now,
                request.accessArrangements());
        registrations.persist(registration);
        return registration;
    }

    private void auditRegistered(Registration registration, boolean newLearner, Instant now) {
        audit.record(now, "REGISTERED", ENTITY, registration.id(), new RegisteredDetail(registration.centreNumber(),
                registration.learner().uln(), registration.qualificationId(), registration.accessArrangements(),
                newLearner));
    }

    private String notice(WithdrawalNotice notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A withdrawal notice is always serialisable", e);
        }
    }

    private Optional<QualificationTerms> terms(String qualificationId) {
        return catalogue.qualification(qualificationId).map(CatalogueQualification::terms);
    }

    /** Today, in the zone whose calendar counts a learner's age. */
    public LocalDate registrationDate() {
        return LocalDate.now(clock.withZone(config.registrationZone()));
    }

    private Learner newLearner(NewRegistration request, Instant now) {
        return new Learner(request.uln(), request.givenName(), request.familyName(), request.dateOfBirth(), now);
    }

    /** Its own short transaction when called before a command's transaction opens. */
    @Transactional
    Centre callerCentre() {
        String centreNumber = caller.requireCentreNumber();
        return Lookups.byId(centres.findByIdOptional(centreNumber))
                .orElseThrow(() -> new ProblemException(403, "unknown-centre",
                        "Unknown centre", "Centre " + centreNumber + " is not recognised by the awarding organisation."));
    }

    private Instant now() {
        // MariaDB keeps microseconds: the answer then shows the same instant a later read will.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("registration-not-found", "No such registration",
                "There is no registration " + id + " that you may see.");
    }

    private static ProblemException notActive(String id) {
        return ProblemException.conflict("registration-withdrawn", "The registration is withdrawn",
                "Registration " + id + " is withdrawn; it can no longer be changed.");
    }
}
