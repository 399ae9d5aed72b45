package uk.awarding.testengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.testengine.Candidates;

/**
 * A database that held the bank before the December 2026 review has the four items that review withdrew LIVE, and an
 * import of the reviewed package never touches them: migration V5 retires them, and only them.
 */
@QuarkusTest
class WithdrawnItemsMigrationTest {

    private static final String MIGRATION = "db/migration/V5__retire_items_withdrawn_in_review.sql";

    @Inject
    DataSource dataSource;

    @Test
    void retiresTheWithdrawnItemsOfAnEarlierBankAndNothingElse() throws Exception {
        insertLive("210-2-005", 1);
        insertLive("210-3-005", 1);
        long liveBefore = Candidates.count(dataSource, "select count(*) from item where status = 'LIVE'");

        execute(migration());

        assertEquals(0, Candidates.count(dataSource,
                "select count(*) from item where item_code in ('210-2-005', '210-3-005') and status <> 'RETIRED'"));
        assertEquals(liveBefore - 2, Candidates.count(dataSource, "select count(*) from item where status = 'LIVE'"));
    }

    private void insertLive(String itemCode, int version) throws SQLException {
        execute("insert into item (item_code, version, unit, status, learning_outcome, assessment_criterion, stem, "
                + "option_a, option_b, option_c, option_d, answer_key, rationale, created_at, created_by) values ('"
                + itemCode + "', " + version + ", '2794-210', 'LIVE', 'LO" + itemCode.charAt(4) + "', 'AC"
                + itemCode.charAt(4) + ".1', 'An item of the earlier bank?', 'One', 'Two', 'Three', 'Four', 'A', "
                + "'Held by a database from before the review.', current_timestamp(6), 'item-bank/2794-210.json')");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = WithdrawnItemsMigrationTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
