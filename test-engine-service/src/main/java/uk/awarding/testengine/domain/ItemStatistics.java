package uk.awarding.testengine.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classical item analysis over completed sittings. Facility is the proportion of candidates who answered an item
 * correctly. Discrimination is the corrected point-biserial correlation: the Pearson correlation between the item
 * score (0/1) and the candidate's score on the rest of the form, so an item does not correlate with itself.
 * Distractor counts show which wrong options attract candidates. Items outside the bounds are flagged for review.
 */
public final class ItemStatistics {

    public static final String OMITTED = "omitted";

    private ItemStatistics() {
    }

    /** One response of a completed sitting: which item version, which option (null if unanswered), whether right. */
    public record Response(String itemCode, int version, String selectedOption, boolean correct) {
    }

    public record Bounds(double minFacility, double maxFacility, double minDiscrimination) {
    }

    /** Discrimination is null when it is undefined: every candidate scored the same on the item or on the rest. */
    public record Result(String itemCode, int version, int administrations, double facility, Double discrimination,
            Map<String, Integer> optionCounts, List<String> flags) {
    }

    /** @param sittings the responses of each completed sitting, one list per sitting */
    public static List<Result> compute(List<List<Response>> sittings, Bounds bounds) {
        Map<String, List<double[]>> pairs = new TreeMap<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (List<Response> sitting : sittings) {
            int total = (int) sitting.stream().filter(Response::correct).count();
            for (Response response : sitting) {
                String key = response.itemCode() + "#" + response.version();
                double itemScore = response.correct() ? 1 : 0;
                pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] { itemScore, total - itemScore });
                Map<String, Integer> optionCounts = counts.computeIfAbsent(key, k -> emptyCounts());
                optionCounts.merge(response.selectedOption() == null ? OMITTED : response.selectedOption(), 1, Integer::sum);
            }
        }
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> entry : pairs.entrySet()) {
            List<double[]> xy = entry.getValue();
            double facility = xy.stream().mapToDouble(p -> p[0]).sum() / xy.size();
            Double discrimination = pearson(xy);
            List<String> flags = new ArrayList<>();
            if (facility < bounds.minFacility()) {
                flags.add("too-hard");
            }
            if (facility > bounds.maxFacility()) {
                flags.add("too-easy");
            }
            if (discrimination == null || discrimination < bounds.minDiscrimination()) {
                flags.add("low-discrimination");
            }
            String[] key = entry.getKey().split("#");
            results.add(new Result(key[0], Integer.parseInt(key[1]), xy.size(), facility, discrimination,
                    counts.get(entry.getKey()), flags));
        }
        return results;
    }

    static Double pearson(List<double[]> xy) {
        int n = xy.size();
        double meanX = xy.stream().mapToDouble(p -> p[0]).sum() / n;
        double meanY = xy.stream().mapToDouble(p -> p[1]).sum() / n;
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (double[] p : xy) {
            covariance += (p[0] - meanX) * (p[1] - meanY);
            varianceX += (p[0] - meanX) * (p[0] - meanX);
            varianceY += (p[1] - meanY) * (p[1] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return null;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    private static Map<String, Integer> emptyCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ItemContent.OPTION_IDS.forEach(id -> counts.put(id, 0));
        counts.put(OMITTED, 0);
        return counts;
    }
}
