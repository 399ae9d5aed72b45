package uk.awarding.testengine.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import uk.awarding.testengine.domain.ItemStatistics;

/**
 * One item version's statistics as the staff console draws them: bars in an inline SVG, {@value #WIDTH} units wide,
 * computed here so the template only places them. Every bar has its figure beside it in words and in a table, so the
 * chart is never the only way to read a number, and no figure depends on colour.
 */
public record StatisticsChart(ItemStatistics.Result result, Bar facility, Bar minFacility, Bar maxFacility,
        Bar discrimination, List<OptionBar> options) {

    /** The width of a full bar (proportion 1, or correlation +1 from the middle). */
    static final int WIDTH = 300;

    /** A bar from {@code x}, {@code width} long. */
    public record Bar(int x, int width) {
    }

    /** An option's bar; {@code y} places its row in the option chart. */
    public record OptionBar(ItemStatistics.OptionStatistics option, boolean key, Bar bar, int y) {

        /** A-D, or "Omitted". */
        public String name() {
            return ItemStatistics.OMITTED.equals(option.option()) ? "Omitted" : option.option();
        }

        public String share() {
            return percent(option.rate());
        }

        public String meanRestScore() {
            return decimal(option.meanRestScore());
        }

        public String pointBiserial() {
            return decimal(option.pointBiserial());
        }

        public int barY() {
            return y + 4;
        }

        public int textY() {
            return y + 17;
        }
    }

    static StatisticsChart of(ItemStatistics.Result result, double minFacility, double maxFacility) {
        Double d = result.discrimination();
        Bar discrimination = d == null ? null
                : d >= 0 ? new Bar(WIDTH / 2, scale(d / 2)) : new Bar(WIDTH / 2 - scale(-d / 2), scale(-d / 2));
        List<ItemStatistics.OptionStatistics> rows = result.options();
        List<OptionBar> options = IntStream.range(0, rows.size())
                .mapToObj(i -> new OptionBar(rows.get(i), rows.get(i).option().equals(result.key()),
                        new Bar(0, scale(rows.get(i).rate())), i * 28))
                .toList();
        return new StatisticsChart(result, new Bar(0, scale(result.facility())), new Bar(scale(minFacility), 0),
                new Bar(scale(maxFacility), 0), discrimination, options);
    }

    /** The id HTML elements of this chart are named by: the item code and version. */
    public String anchor() {
        return "item-" + result.itemCode() + "-v" + result.version();
    }

    public String facilityText() {
        return percent(result.facility());
    }

    public String discriminationText() {
        return decimal(result.discrimination());
    }

    /** The height of the option chart: a row per option and omitted. */
    public int optionsHeight() {
        return options.size() * 28;
    }

    /** A proportion as a whole percentage, as the charts' text says it. */
    static String percent(double proportion) {
        return Math.round(proportion * 100) + "%";
    }

    /** A statistic to two decimals, or "undefined" where it has no value (nobody or everybody chose the option). */
    static String decimal(Double value) {
        return value == null ? "undefined" : String.format(Locale.UK, "%.2f", value);
    }

    private static int scale(double proportion) {
        return (int) Math.round(Math.max(0, Math.min(1, proportion)) * WIDTH);
    }
}
