package uk.awarding.testengine.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.Item;
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

    @Transactional
    public List<ItemStatistics.Result> forUnit(String unit) {
        var bounds = new ItemStatistics.Bounds(config.statistics().minFacility(), config.statistics().maxFacility(),
                config.statistics().minDiscrimination(), config.statistics().minResponses());
        var tally = new ItemStatistics.Tally();
        sittings.completed(unit).forEach(sitting -> tally.addSitting(sitting.getQuestions().stream().map(q -> {
            Item item = q.getItem();
            return new ItemStatistics.Response(item.getItemCode(), item.getVersion(), item.content().key(),
                    q.getSelectedOption());
        }).toList()));
        return tally.results(bounds);
    }
}
