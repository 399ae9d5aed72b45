package uk.awarding.testengine.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.awarding.testengine.Candidates.answer;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.startedSitting;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.domain.ItemStatistics;
import uk.awarding.testengine.repository.ItemRepository;

/** The one aggregate query that feeds form balancing gives the facilities item statistics compute one by one. */
@QuarkusTest
class ItemFacilitiesTest {

    @Inject
    DataSource dataSource;
    @Inject
    ItemRepository items;
    @Inject
    ItemStatisticsService statistics;

    @Test
    void facilitiesMatchTheItemStatisticsOfCompletedSittings() {
        for (int correct : new int[] { 25, 10 }) {
            String uln = newUln();
            String id = startedSitting(uln);
            answer(dataSource, uln, id, correct);
            given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", id)
                    .then().statusCode(200);
        }

        Map<Long, Double> facilities = QuarkusTransaction.requiringNew().call(() -> items.facilities("2794-210", 1));
        Map<Long, Double> withTwo = QuarkusTransaction.requiringNew().call(() -> items.facilities("2794-210", 2));

        assertFalse(facilities.isEmpty());
        List<ItemStatistics.Result> results = statistics.forUnit("2794-210", null, 0, 200).items();
        for (ItemStatistics.Result result : results) {
            long itemId = QuarkusTransaction.requiringNew().call(
                    () -> items.findVersion(result.itemCode(), result.version()).orElseThrow().getId());
            assertEquals(result.facility(), facilities.get(itemId), 1e-9, result.itemCode());
            assertEquals(result.administrations() >= 2, withTwo.containsKey(itemId), result.itemCode());
        }
        assertEquals(facilities.size(), results.size());
    }
}
