package uk.awarding.testengine;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.awarding.platform.testing.TestTokens;

/** Test candidates with their registrations stubbed, and direct reads of what the database holds. */
public final class Candidates {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Candidates() {
    }

    /** A fresh ULN per test, so tests never share a candidate's open sitting or attempts. */
    public static String newUln() {
        return String.valueOf(1_000_000_000L + NEXT.incrementAndGet() % 8_000_000_000L);
    }

    /**
     * An active registration of the candidate on cg-2794-02 with 25% extra time, as in the contract fixture, booked on
     * an open test session that needs no keycode.
     */
    public static String activeRegistration(String uln) {
        String id = unbookedRegistration(uln);
        TestSessions.bookOnOpenSession(id, uln, 25);
        return id;
    }

    /**
     * An active registration on no test session: its start asks registration-service and catalogue-service, and is
     * then refused, 2794-210 being sat only in a session.
     */
    public static String unbookedRegistration(String uln) {
        String id = UUID.randomUUID().toString();
        PeerStubs.registration(id, uln, "ACTIVE", "cg-2794-02", 25);
        return id;
    }

    public static Response start(String uln, String registrationId) {
        return start(uln, registrationId, PeerStubs.UNIT);
    }

    public static Response start(String uln, String registrationId, String unit) {
        return given().auth().oauth2(TestTokens.candidate(uln)).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId, "unit", unit))
                .when().post("/api/sittings");
    }

    /** Starts a sitting for a new candidate and returns its id. */
    public static String startedSitting(String uln) {
        return start(uln, activeRegistration(uln)).then().statusCode(201).extract().path("id");
    }

    public static Response save(String uln, String sittingId, int position, String optionId, long sequence) {
        return given().auth().oauth2(TestTokens.candidate(uln)).contentType(ContentType.JSON)
                .body(optionId == null ? Map.of("sequence", sequence) : Map.of("optionId", optionId, "sequence", sequence))
                .when().put("/api/sittings/{id}/responses/{position}", sittingId, position);
    }

    /** One form position as stored: the item's key, rationale and learning outcome, and the stored response. */
    public record StoredQuestion(int position, String key, String rationale, String learningOutcome,
            String selectedOption, boolean flagged, long sequence, String optionOrder) {
    }

    public static List<StoredQuestion> storedForm(DataSource dataSource, String sittingId) {
        String sql = "select q.position, i.answer_key, i.rationale, i.learning_outcome, q.selected_option, q.flagged, "
                + "q.sequence, q.option_order from sitting_question q join item i on i.id = q.item_id "
                + "where q.sitting_id = ? order by q.position";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sittingId);
            List<StoredQuestion> form = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    form.add(new StoredQuestion(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getBoolean(6), rows.getLong(7), rows.getString(8)));
                }
            }
            return form;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers every question: correctly for the first {@code correct} positions, wrongly after. */
    public static void answer(DataSource dataSource, String uln, String sittingId, int correct) {
        long sequence = 1;
        for (StoredQuestion question : storedForm(dataSource, sittingId)) {
            String option = question.position() <= correct ? question.key() : wrong(question.key());
            save(uln, sittingId, question.position(), option, sequence++).then().statusCode(200);
        }
    }

    public static String wrong(String key) {
        return "A".equals(key) ? "B" : "A";
    }

    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
