package uk.awarding.testengine.itembank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import uk.awarding.testengine.DemoItemBank;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.service.QtiContentPackage;
import uk.awarding.testengine.service.QtiItems;

/**
 * Whether a bank's option wording lets a candidate who does not know the content pass. Each check returns one line
 * per finding, naming the items or strategies a writer has to revise; no findings means the bank passes that check.
 * The limits are those of the item review: the key's length rank close to even, absolute words and legal terms as
 * common in keys as in distractors, no stem word repeated only by the key, no strategy above 31 % of items, and no
 * strategy passing more than 0.1 % of forms without knowledge or 3 % with 30 % knowledge.
 */
final class ItemBankValidity {

    static final double RANK_SHARE_MIN = 0.18;
    static final double RANK_SHARE_MAX = 0.32;
    static final double WORD_SHARE_GAP = 0.05;
    static final double HIT_RATE_MAX = 0.31;
    static final double PASS_RATE_MAX_WITHOUT_KNOWLEDGE = 0.001;
    static final double PASS_RATE_MAX_AT_30 = 0.03;

    /** The knowledge levels the report shows; the checks use the first two. */
    static final List<Double> KNOWLEDGE = List.of(0.0, 0.3, 0.4);

    /** Forms per bank, drawn once and shared by every strategy and knowledge level. */
    static final int FORMS = 20_000;
    static final long SEED = 210;

    private static final Map<String, ItemBankValidity> CHECKED = new ConcurrentHashMap<>();
    private static final String[] RANK_NAMES = { "longest", "2nd-longest", "3rd-longest", "shortest" };

    private final List<BankItem> live;
    private final List<SurfaceCues.Strategy> strategies;
    /** Hit rate of each strategy over the LIVE items, random guessing first. */
    private final Map<String, Double> hitRates = new LinkedHashMap<>();
    /** Pass rate of each strategy at each of {@link #KNOWLEDGE}, random guessing first. */
    private final Map<String, double[]> passRates = new LinkedHashMap<>();

    ItemBankValidity(List<BankItem> live, Function<RandomGenerator, List<BankItem>> drawer) {
        this.live = List.copyOf(live);
        strategies = SurfaceCues.strategies(this.live);
        TestWiseSimulation simulation = new TestWiseSimulation(this.live, drawer, FORMS, SEED);
        hitRates.put("random guessing", SurfaceCues.CHANCE);
        passRates.put("random guessing", KNOWLEDGE.stream()
                .mapToDouble(k -> simulation.passRate(item -> SurfaceCues.CHANCE, k)).toArray());
        for (SurfaceCues.Strategy strategy : strategies) {
            hitRates.put(strategy.name(), strategy.hitRate(this.live));
            passRates.put(strategy.name(), KNOWLEDGE.stream()
                    .mapToDouble(k -> simulation.passRate(strategy::hitProbability, k)).toArray());
        }
    }

    /** The LIVE items of an item bank JSON file (the frozen pre-review bank), checked once per file and test run. */
    static ItemBankValidity of(Path bank) throws IOException {
        try {
            return checked(bank.toAbsolutePath().normalize().toString(), () -> {
                try {
                    return ItemBankJson.liveItems(bank);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The repository's demo bank, the content package run.sh and the tests import, read by the service's own package
     * reader: every item in it goes live once reviewed, so every item is judged.
     */
    static ItemBankValidity ofDemoBank() {
        return checked(DemoItemBank.DIRECTORY.toString(), () -> new QtiContentPackage(new QtiItems())
                .read(DemoItemBank.files()).items().stream().map(ItemBankValidity::bankItem).toList());
    }

    /**
     * Forms drawn as the engine draws them (every assessment criterion covered, no enemies together); the report and
     * the checks share one simulation per bank and test run.
     */
    private static ItemBankValidity checked(String bank, Supplier<List<BankItem>> live) {
        return CHECKED.computeIfAbsent(bank, b -> {
            List<BankItem> items = live.get();
            return new ItemBankValidity(items, TestWiseSimulation.byAssessmentCriterion(items));
        });
    }

    private static BankItem bankItem(QtiContentPackage.PackagedItem item) {
        ItemContent content = item.content();
        return new BankItem(item.itemCode(), "LIVE", content.learningOutcome(), content.assessmentCriterion(),
                content.stem(), content.options(), content.key(), content.enemies());
    }

    /** Each key length rank (1 = longest, ties in the key's favour) in 18-32 % of LIVE items. */
    List<String> keyLengthRanks() {
        List<String> findings = new ArrayList<>();
        for (int rank = 1; rank <= 4; rank++) {
            int r = rank;
            List<String> codes = live.stream().filter(item -> SurfaceCues.keyLengthRank(item) == r)
                    .map(BankItem::code).toList();
            double share = (double) codes.size() / live.size();
            if (share > RANK_SHARE_MAX) {
                findings.add(String.format(Locale.ROOT, "the key is the %s option in %d of %d LIVE items (%s), more "
                        + "than %s: change the lengths in some of %s", RANK_NAMES[rank - 1], codes.size(), live.size(),
                        percent(share, 1), percent(RANK_SHARE_MAX, 0), codes));
            } else if (share < RANK_SHARE_MIN) {
                findings.add(String.format(Locale.ROOT, "the key is the %s option in %d of %d LIVE items (%s), fewer "
                        + "than %s", RANK_NAMES[rank - 1], codes.size(), live.size(), percent(share, 1),
                        percent(RANK_SHARE_MIN, 0)));
            }
        }
        return findings;
    }

    List<String> absoluteWords() {
        return wordBalance("absolute words", SurfaceCues.ABSOLUTE);
    }

    List<String> legalTerms() {
        return wordBalance("legal terms", SurfaceCues.LEGAL);
    }

    /** Share of keys with a word of the list within 5 points of the share of distractors with one. */
    private List<String> wordBalance(String label, Set<String> vocabulary) {
        Predicate<String> has = text -> SurfaceCues.hasAny(text, vocabulary);
        double[] shares = shares(has);
        if (Math.abs(shares[0] - shares[1]) <= WORD_SHARE_GAP) {
            return List.of();
        }
        boolean inDistractors = shares[1] > shares[0];
        List<String> codes = live.stream()
                .filter(item -> inDistractors
                        ? !has.test(item.keyText()) && distractors(item).stream().anyMatch(has)
                        : has.test(item.keyText()))
                .map(BankItem::code).toList();
        return List.of(String.format(Locale.ROOT, "%s are in %s of keys but %s of distractors (at most %d points "
                + "apart): %s %s", label, percent(shares[0], 1), percent(shares[1], 1),
                Math.round(WORD_SHARE_GAP * 100),
                inDistractors ? "eliminating them leaves the key in" : "the key alone carries them in", codes));
    }

    /** The share of keys and the share of distractors that the predicate holds for. */
    private double[] shares(Predicate<String> has) {
        double keys = live.stream().filter(item -> has.test(item.keyText())).count() / (double) live.size();
        double distractors = live.stream().mapToLong(item -> distractors(item).stream().filter(has).count()).sum()
                / (3.0 * live.size());
        return new double[] { keys, distractors };
    }

    /** No LIVE item whose key alone repeats a content word of the stem. */
    List<String> stemCues() {
        List<String> findings = new ArrayList<>();
        for (BankItem item : live) {
            SortedSet<String> cue = SurfaceCues.stemCue(item);
            if (!cue.isEmpty()) {
                findings.add(item.code() + ": only the key repeats a stem word: " + cue);
            }
        }
        return findings;
    }

    /**
     * No single rule picks the key in more than 31 % of LIVE items (chance is 25 %). The best combination is judged by
     * its pass rates alone: it is the best of many rules and eliminations chosen on this very bank, so even a bank
     * without cues gives it a hit rate above chance, and what matters is whether that lets a candidate pass.
     */
    List<String> strategyHitRates() {
        List<String> findings = new ArrayList<>();
        for (SurfaceCues.Strategy strategy : strategies) {
            if (strategy.name().startsWith(SurfaceCues.BEST_COMBINATION)) {
                continue;
            }
            double rate = hitRates.get(strategy.name());
            if (rate > HIT_RATE_MAX) {
                List<String> beaten = live.stream().filter(item -> strategy.hitProbability(item) > SurfaceCues.CHANCE)
                        .map(BankItem::code).toList();
                findings.add(String.format(Locale.ROOT, "%s picks the key in %s of LIVE items (at most %s); it beats a "
                        + "guess in %s", strategy.name(), percent(rate, 1), percent(HIT_RATE_MAX, 0), beaten));
            }
        }
        return findings;
    }

    /** No strategy (nor guessing) passes more than {@code max} of forms at the knowledge level of the index. */
    private List<String> passRates(int knowledgeIndex, double max) {
        List<String> findings = new ArrayList<>();
        passRates.forEach((name, rates) -> {
            if (rates[knowledgeIndex] > max) {
                findings.add(String.format(Locale.ROOT, "%s passes %s of forms at %s knowledge (at most %s)", name,
                        percent(rates[knowledgeIndex], 2), percent(KNOWLEDGE.get(knowledgeIndex), 0),
                        percent(max, 1)));
            }
        });
        return findings;
    }

    List<String> passRatesWithoutKnowledge() {
        return passRates(0, PASS_RATE_MAX_WITHOUT_KNOWLEDGE);
    }

    List<String> passRatesAt30PercentKnowledge() {
        return passRates(1, PASS_RATE_MAX_AT_30);
    }

    /** The figures of every check as markdown, for the bank's README. */
    String report(String title) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append(" (").append(live.size()).append(" LIVE items)\n\n");
        out.append("Key length rank (1 = longest, ties count for the key):");
        for (int rank = 1; rank <= 4; rank++) {
            int r = rank;
            long count = live.stream().filter(item -> SurfaceCues.keyLengthRank(item) == r).count();
            out.append(' ').append(rank).append(": ").append(percent((double) count / live.size(), 0))
                    .append(rank < 4 ? "," : ".\n");
        }
        double[] absolute = shares(text -> SurfaceCues.hasAny(text, SurfaceCues.ABSOLUTE));
        double[] legal = shares(text -> SurfaceCues.hasAny(text, SurfaceCues.LEGAL));
        out.append("Absolute words in ").append(percent(absolute[0], 1)).append(" of keys, ")
                .append(percent(absolute[1], 1)).append(" of distractors; legal terms in ")
                .append(percent(legal[0], 1)).append(" of keys, ").append(percent(legal[1], 1))
                .append(" of distractors.\nItems whose key alone repeats a stem word: ").append(stemCues().size())
                .append(".\n\n");
        out.append("| Strategy | Hit rate | Pass, 0 % knowledge | Pass, 30 % | Pass, 40 % |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        passRates.forEach((name, rates) -> {
            out.append("| ").append(name).append(" | ").append(percent(hitRates.get(name), 1));
            for (double rate : rates) {
                out.append(" | ").append(percent(rate, 2));
            }
            out.append(" |\n");
        });
        return out.toString();
    }

    private static List<String> distractors(BankItem item) {
        return SurfaceCues.ALL.stream().filter(o -> o != item.keyIndex()).map(o -> item.options().get(o)).toList();
    }

    private static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f %%", share * 100);
    }
}
