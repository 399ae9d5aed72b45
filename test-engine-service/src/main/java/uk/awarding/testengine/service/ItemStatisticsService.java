package uk.awarding.testengine.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.awarding.platform.rest.ResultPage;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.ItemStatistics;
import uk.awarding.testengine.repository.SittingRepository;

/** Item statistics of a unit over its completed (submitted or expired) sittings. */
@ApplicationScoped
public class ItemStatisticsService {

    private final SittingRepository sittings;
    private final TestEngineConfig config;

    ItemStatisticsService(SittingRepository sittings, TestEngineConfig config) {
        this.sittings = sittings;
        this.config = config;
    }

    /**
     * One page of the unit's item versions by item code and version; {@code flagged} keeps only those with (true) or
     * without (false) a flag for review, and {@code total} counts every version that passed that filter.
     */
    @Transactional
    public ResultPage<ItemStatistics.Result> forUnit(String unit, Boolean flagged, int page, int size) {
        var bounds = new ItemStatistics.Bounds(config.statistics().minFacility(), config.statistics().maxFacility(),
                config.statistics().minDiscrimination(), config.statistics().minResponses());
        var tally = new ItemStatistics.Tally();
        try (Stream<Object[]> rows = sittings.completedResponses(unit)) {
            String sittingId = null;
            List<ItemStatistics.Response> sitting = new ArrayList<>();
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                if (!row[0].equals(sittingId)) {
                    tally.addSitting(sitting);
                    sittingId = (String) row[0];
                    sitting = new ArrayList<>();
                }
                sitting.add(new ItemStatistics.Response((String) row[1], (Integer) row[2], (String) row[3], (String) row[4]));
            }
            tally.addSitting(sitting);
        }
        List<ItemStatistics.Result> matching = tally.results(bounds).stream()
                .filter(result -> flagged == null || flagged != result.flags().isEmpty())
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        return new ResultPage<>(matching.subList(from, Math.min(from + size, matching.size())), page, size,
                matching.size());
    }
}
