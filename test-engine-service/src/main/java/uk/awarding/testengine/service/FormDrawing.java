package uk.awarding.testengine.service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.client.TestSpecificationView;
import uk.awarding.testengine.client.UnitView;
import uk.awarding.testengine.domain.Blueprint;
import uk.awarding.testengine.domain.FormAssembly;
import uk.awarding.testengine.domain.InsufficientItemsException;
import uk.awarding.testengine.domain.PreparedForm;
import uk.awarding.testengine.repository.ItemRepository;

/**
 * Draws candidates' forms of a unit by its test specification (see {@link FormAssembly}), each with its option orders:
 * a whole room's when its session opens, one for a candidate booked on an open session, or one at a start that has
 * none drawn ahead. The unit's live items are read once per call, in the caller's transaction if there is one; the
 * drawing holds none.
 */
@ApplicationScoped
public class FormDrawing {

    private static final Logger LOG = Logger.getLogger(FormDrawing.class);

    private final ItemRepository items;
    private final ItemFacilities facilities;
    private final RandomGenerator random = new SecureRandom();

    FormDrawing(ItemRepository items, ItemFacilities facilities) {
        this.items = items;
        this.facilities = facilities;
    }

    /**
     * Forms drawn ahead for a session's candidates, or none when they cannot be drawn now (each start then draws its
     * own, and says why it cannot).
     */
    public List<PreparedForm> drawAhead(SessionUnit session, int count) {
        try {
            return draw(session.unit(), session.specification(), facilities.of(session.unit().aoUnitCode()), count);
        } catch (ProblemException e) {
            LOG.warnf("Forms of unit %s could not be drawn ahead (%s); its starts draw their own",
                    session.unit().unitId(), e.getMessage());
            return List.of();
        }
    }

    /**
     * @param facilities item facilities that balance the forms, from {@link ItemFacilities}
     * @throws ProblemException 503 when the specification does not add up or the item bank cannot fill it
     */
    public List<PreparedForm> draw(UnitView unit, TestSpecificationView specification, Map<Long, Double> facilities,
            int count) {
        String unitId = unit.unitId();
        Blueprint blueprint = specification.toBlueprint();
        if (blueprint.questionCount() != specification.questionCount()) {
            throw ProblemException.unavailable("test-specification-inconsistent", "Test specification inconsistent",
                    "The blueprint of unit " + unitId + " does not add up to its question count.");
        }
        List<PreparedForm> forms = new ArrayList<>(count);
        try {
            FormAssembly assembly = new FormAssembly(blueprint, unit.criteriaByOutcome(),
                    QuarkusTransaction.joiningExisting().call(() -> items.liveCandidates(unit.aoUnitCode())),
                    facilities);
            int incomparable = 0;
            for (int i = 0; i < count; i++) {
                FormAssembly.Form form = assembly.draw(random);
                incomparable += form.comparable() ? 0 : 1;
                forms.add(PreparedForm.of(form, random));
            }
            if (incomparable > 0) {
                LOG.warnf("%d of %d forms of unit %s are not within %.1f marks of the mean expected score %.2f: no "
                        + "closer form was found", incomparable, count, unitId, FormAssembly.MAX_SCORE_GAP,
                        assembly.meanScore());
            }
        } catch (InsufficientItemsException e) {
            throw ProblemException.unavailable("item-bank-insufficient", "Item bank cannot fill the test",
                    "The item bank of unit " + unitId + " cannot fill the blueprint just now.")
                    .with("shortfalls", e.shortfalls());
        }
        return forms;
    }
}
