package uk.awarding.testengine.rest;

import java.util.List;

import uk.awarding.testengine.domain.ItemStatistics;

/**
 * The OpenAPI schema of GET /api/items/statistics, which answers a {@code ResultPage<ItemStatistics.Result>}: a
 * response documented with an example needs its schema named, and a generic type cannot be.
 */
record ItemStatisticsPage(List<ItemStatistics.Result> items, int page, int size, long total) {

    /**
     * An item version with too few administrations to flag, and one whose distractor C draws stronger candidates
     * than its key B (a likely miskey).
     */
    static final String EXAMPLE = """
            {"items": [
              {"itemCode": "210-1-003", "version": 1, "key": "A", "administrations": 37, "minResponses": 100,
               "sufficient": false, "facility": 0.7837837837837838, "discrimination": 0.41123087262190416,
               "options": [
                 {"option": "A", "count": 29, "rate": 0.7837837837837838, "meanRestScore": 16.20689655172414, "pointBiserial": 0.41123087262190416},
                 {"option": "B", "count": 4, "rate": 0.10810810810810811, "meanRestScore": 11.5, "pointBiserial": -0.2387190654387051},
                 {"option": "C", "count": 2, "rate": 0.05405405405405406, "meanRestScore": 10.0, "pointBiserial": -0.22150344021887636},
                 {"option": "D", "count": 1, "rate": 0.02702702702702703, "meanRestScore": 9.0, "pointBiserial": -0.18744079563118826},
                 {"option": "omitted", "count": 1, "rate": 0.02702702702702703, "meanRestScore": 8.0, "pointBiserial": -0.21030127718461547}
               ],
               "flags": []},
              {"itemCode": "210-3-014", "version": 1, "key": "B", "administrations": 412, "minResponses": 100,
               "sufficient": true, "facility": 0.3106796116504854, "discrimination": -0.031187349861232734,
               "options": [
                 {"option": "A", "count": 58, "rate": 0.1407766990291262, "meanRestScore": 12.10344827586207, "pointBiserial": -0.22140712896315187},
                 {"option": "B", "count": 128, "rate": 0.3106796116504854, "meanRestScore": 14.6015625, "pointBiserial": -0.031187349861232734},
                 {"option": "C", "count": 171, "rate": 0.41504854368932037, "meanRestScore": 16.935672514619885, "pointBiserial": 0.29672260134512},
                 {"option": "D", "count": 49, "rate": 0.11893203883495146, "meanRestScore": 11.408163265306122, "pointBiserial": -0.20514986230719454},
                 {"option": "omitted", "count": 6, "rate": 0.014563106796116505, "meanRestScore": 9.833333333333334, "pointBiserial": -0.09981620583130577}
               ],
               "flags": ["low-discrimination", "distractor-attracts-high-scorers"]}
            ], "page": 0, "size": 50, "total": 2}
            """;
}
