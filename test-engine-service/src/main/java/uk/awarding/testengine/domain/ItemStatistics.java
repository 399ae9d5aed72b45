package uk.awarding.testengine.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Classical item analysis over completed sittings, per item version.
 * <ul>
 * <li><b>Administrations</b>: completed sittings whose form held the item; an omitted answer counts (as wrong).</li>
 * <li><b>Facility</b>: the proportion of administrations answered correctly.</li>
 * <li><b>Rest score</b>: the candidate's correct answers on the rest of the form, so an item is never correlated
 * with itself.</li>
 * <li><b>Discrimination</b>: the corrected point-biserial, the Pearson correlation between the item score (0/1)
 * and the rest score.</li>
 * <li><b>Options</b> A-D and omitted: how many chose each, the proportion of administrations that is, the mean rest
 * score of those who chose it and its point-biserial (choosing it, 0/1, against the rest score). The key's
 * point-biserial is the item's discrimination; a working distractor's is negative, since weaker candidates choose
 * it.</li>
 * </ul>
 * A correlation is undefined (null) when one side does not vary: nobody or everybody chose the option, or every
 * candidate has the same rest score.
 * <p>
 * Flags for review are raised only once an item has {@code minResponses} administrations: below that, a proportion
 * or a correlation moves too much with each new candidate to act on, so {@code sufficient} is false and
 * {@code flags} empty while the figures are still reported. The flags: {@code too-hard} (facility below
 * {@code minFacility}), {@code too-easy} (above {@code maxFacility}), {@code low-discrimination} (undefined or below
 * {@code minDiscrimination}), {@code distractor-attracts-high-scorers} (a distractor's point-biserial is above the
 * key's, an undefined one counting as 0: stronger candidates prefer it to the key, a sign of a miskey or a second
 * defensible answer). Values exactly on a bound are not flagged.
 */
public final class ItemStatistics {

    public static final String OMITTED = "omitted";
    /** The rows of {@link Result#options()}: the option ids, then omitted. */
    public static final List<String> CHOICES = Stream.concat(ItemContent.OPTION_IDS.stream(), Stream.of(OMITTED)).toList();

    private static final Comparator<Result> ORDER = Comparator.comparing(Result::itemCode).thenComparingInt(Result::version);

    private ItemStatistics() {
    }

    /** One response of a completed sitting: which item version, its key, which option (null if unanswered). */
    public record Response(String itemCode, int version, String key, String selectedOption) {

        public boolean correct() {
            return key.equals(selectedOption);
        }
    }

    public record Bounds(double minFacility, double maxFacility, double minDiscrimination, int minResponses) {
    }

    /** One row of the distractor analysis; {@code meanRestScore} is null when nobody chose the option. */
    public record OptionStatistics(String option, int count, double rate, Double meanRestScore, Double pointBiserial) {
    }

    /** The statistics of one item version; {@code options} has a row per {@link #CHOICES} entry, in that order. */
    public record Result(String itemCode, int version, String key, int administrations, int minResponses,
            boolean sufficient, double facility, Double discrimination, List<OptionStatistics> options,
            List<String> flags) {
    }

    /**
     * Running sums per item version, fed one completed sitting at a time, so the memory needed grows with the
     * items of the unit and not with its sittings. The sums are whole numbers, so they are exact in any order.
     */
    public static final class Tally {

        private final Map<String, Sums> sums = new HashMap<>();

        /** @param sitting every response of one completed sitting */
        public void addSitting(List<Response> sitting) {
            int total = (int) sitting.stream().filter(Response::correct).count();
            for (Response response : sitting) {
                int itemScore = response.correct() ? 1 : 0;
                sums.computeIfAbsent(response.itemCode() + "#" + response.version(), k -> new Sums(response))
                        .add(itemScore, total - itemScore, response.selectedOption());
            }
        }

        /** One result per item version administered, by item code and version. */
        public List<Result> results(Bounds bounds) {
            return sums.values().stream().map(s -> s.result(bounds)).sorted(ORDER).toList();
        }
    }

    /** Sums of x (item score), y (rest score) and their products; x is 0 or 1, so the sum of x² is the sum of x. */
    private static final class Sums {
        private final String itemCode;
        private final int version;
        private final String key;
        private long n;
        private long sumX;
        private long sumY;
        private long sumYY;
        private long sumXY;
        /** Per {@link #CHOICES} entry: how many chose it and the sum of their rest scores. */
        private final long[] chosen = new long[CHOICES.size()];
        private final long[] chosenRest = new long[CHOICES.size()];

        Sums(Response first) {
            this.itemCode = first.itemCode();
            this.version = first.version();
            this.key = first.key();
        }

        void add(int x, int y, String selectedOption) {
            n++;
            sumX += x;
            sumY += y;
            sumYY += (long) y * y;
            sumXY += (long) x * y;
            int choice = CHOICES.indexOf(selectedOption == null ? OMITTED : selectedOption);
            chosen[choice]++;
            chosenRest[choice] += y;
        }

        Result result(Bounds bounds) {
            double facility = (double) sumX / n;
            Double discrimination = correlation(sumX, sumXY);
            List<OptionStatistics> options = new ArrayList<>();
            for (int i = 0; i < CHOICES.size(); i++) {
                options.add(new OptionStatistics(CHOICES.get(i), (int) chosen[i], (double) chosen[i] / n,
                        chosen[i] == 0 ? null : (double) chosenRest[i] / chosen[i], correlation(chosen[i], chosenRest[i])));
            }
            boolean sufficient = n >= bounds.minResponses();
            List<String> flags = new ArrayList<>();
            if (sufficient) {
                if (facility < bounds.minFacility()) {
                    flags.add("too-hard");
                }
                if (facility > bounds.maxFacility()) {
                    flags.add("too-easy");
                }
                if (discrimination == null || discrimination < bounds.minDiscrimination()) {
                    flags.add("low-discrimination");
                }
                if (distractorAboveKey(options)) {
                    flags.add("distractor-attracts-high-scorers");
                }
            }
            return new Result(itemCode, version, key, (int) n, bounds.minResponses(), sufficient, facility,
                    discrimination, List.copyOf(options), List.copyOf(flags));
        }

        private boolean distractorAboveKey(List<OptionStatistics> options) {
            Double keyCorrelation = options.get(CHOICES.indexOf(key)).pointBiserial();
            double keyValue = keyCorrelation == null ? 0 : keyCorrelation;
            return options.stream()
                    .filter(o -> !o.option().equals(key) && !o.option().equals(OMITTED))
                    .anyMatch(o -> o.pointBiserial() != null && o.pointBiserial() > keyValue);
        }

        /**
         * Pearson correlation of a 0/1 variable z with the rest score, from sums: with Σz² = Σz,
         * r = (nΣzy − ΣzΣy) / √((nΣz − (Σz)²)(nΣy² − (Σy)²)); null when either variance is 0.
         */
        private Double correlation(long sumZ, long sumZY) {
            long varianceZ = n * sumZ - sumZ * sumZ;
            long varianceY = n * sumYY - sumY * sumY;
            if (varianceZ == 0 || varianceY == 0) {
                return null;
            }
            return (n * sumZY - sumZ * sumY) / Math.sqrt((double) varianceZ * varianceY);
        }
    }
}
