package uk.awarding.testengine.itembank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the wording of an item's options gives away to a candidate who does not know the answer. The definitions
 * (word lists, stemming, content words, key length rank, stem-word cue and the strategies up to
 * avoid-mean+stem+convergence) are those of the writers' aid /work/bankwork/cues.py, with two corrections to how text
 * is split into words and stemmed (see {@link #words} and {@link #stem}). Hedged, and-joined, article-agreement and
 * best-combination are further habits of coached candidates.
 */
final class SurfaceCues {

    /** Words that make a statement absolute; coaching tells candidates that such options are usually wrong. */
    static final Set<String> ABSOLUTE = Set.of("always", "never", "only", "every", "all", "none", "guarantee",
            "guarantees", "guaranteed", "cannot", "can't", "must", "completely", "entirely", "totally", "nothing",
            "nobody", "everyone", "everything", "whatever", "forever", "any");

    /** Legal-sounding words; in a customer-service unit they mostly dress up a distractor as a rule. */
    static final Set<String> LEGAL = Set.of("law", "laws", "legal", "legally", "illegal", "illegally", "lawful",
            "unlawful", "ban", "bans", "banned", "prohibited", "prohibit", "offence", "offences", "criminal", "court",
            "courts", "prosecute", "prosecuted", "prosecution", "act", "regulation", "regulations", "regulator",
            "statutory", "legislation", "licence", "licensed", "fine", "fines", "fined", "sue", "sued");

    /** Qualifiers of a careful key ("usually", "may", "can help"); coaching tells candidates to prefer them. */
    static final Set<String> HEDGE = Set.of("usually", "often", "sometimes", "generally", "normally", "typically",
            "mainly", "mostly", "probably", "likely", "may", "might", "can", "could", "tend", "tends", "some", "many",
            "help", "helps");

    private static final Set<String> STOP = Set.of(("a an the and or but if then than that this these those there "
            + "their they them it its is are was were be been being to of in on at by for with from into onto about as "
            + "so such not no do does did doing have has had having can could will would shall should may might must "
            + "which what who whom whose when where why how each other more most less least very just also your you "
            + "our we us i me my he she his her him own same out up down over under again further once here all any "
            + "both few some nor only too s t don now").split(" "));

    private static final List<String> SUFFIXES = List.of("ing", "ers", "er", "ies", "es", "ed", "ly", "s");
    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> CONTENT_WORDS = new ConcurrentHashMap<>();

    /** The name the bank-fitted combination of rules starts with. */
    static final String BEST_COMBINATION = "best-combination";

    /** The hit rate of a blind guess among four options. */
    static final double CHANCE = 0.25;

    /** Indices of the options A-D. */
    static final List<Integer> ALL = List.of(0, 1, 2, 3);

    private SurfaceCues() {
    }

    /**
     * The lower-case words of a text. Unlike cues.py, quotation marks and the possessive are not part of a word
     * ("'internal", "customer's", "competitors'" are internal, customer, competitors), so a word in quotes or in the
     * possessive still matches the word lists and the same word elsewhere; "can't" keeps its apostrophe. Remembered
     * per text, because the strategies ask for the same options' words many times over.
     */
    static List<String> words(String text) {
        return WORDS.computeIfAbsent(text, SurfaceCues::split);
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (matcher.find()) {
            String word = matcher.group();
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            int start = 0;
            int end = word.length();
            while (start < end && word.charAt(start) == '\'') {
                start++;
            }
            while (end > start && word.charAt(end - 1) == '\'') {
                end--;
            }
            if (start < end) {
                words.add(word.substring(start, end));
            }
        }
        return List.copyOf(words);
    }

    /**
     * Strips the first inflection of cues.py's list from a word long enough to keep four letters. Unlike cues.py,
     * "ies" becomes "y" and a final "e" goes, so that policy/policies, service/services and scheme/schemes meet;
     * cues.py stems only the plural and so treats each pair as two words.
     */
    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                String base = word.substring(0, word.length() - suffix.length());
                return suffix.equals("ies") ? stem(base + "y") : withoutFinalE(base);
            }
        }
        return withoutFinalE(word);
    }

    private static String withoutFinalE(String word) {
        return word.length() > 4 && word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
    }

    /** Stems of the words that carry meaning: four letters or more and not a function word; remembered per text. */
    static Set<String> contentWords(String text) {
        return CONTENT_WORDS.computeIfAbsent(text, t -> words(t).stream()
                .filter(w -> w.length() >= 4 && !STOP.contains(w)).map(SurfaceCues::stem)
                .collect(Collectors.toUnmodifiableSet()));
    }

    static boolean hasAny(String text, Set<String> vocabulary) {
        return words(text).stream().anyMatch(vocabulary::contains);
    }

    static boolean hasAbsolute(String text) {
        return hasAny(text, ABSOLUTE);
    }

    static boolean hasLegal(String text) {
        return hasAny(text, LEGAL);
    }

    /** 1 when the key is the longest option, 4 the shortest; an option as long as the key does not push it down. */
    static int keyLengthRank(BankItem item) {
        int key = item.keyText().length();
        return 1 + (int) item.options().stream().filter(option -> option.length() > key).count();
    }

    /**
     * The key's words whose stem is a content word of the stem and of no distractor: a candidate matches them up.
     * The words are given as the key writes them (lower case), for the writer to find.
     */
    static SortedSet<String> stemCue(BankItem item) {
        Set<String> cue = new HashSet<>(contentWords(item.keyText()));
        cue.retainAll(contentWords(item.stem()));
        for (int option : ALL) {
            if (option != item.keyIndex()) {
                cue.removeAll(contentWords(item.options().get(option)));
            }
        }
        return words(item.keyText()).stream().filter(w -> w.length() >= 4 && !STOP.contains(w))
                .filter(w -> cue.contains(stem(w))).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * One step of a test-wise candidate: from the options still considered (indices into A-D), those the rule
     * favours. A candidate picks among the result at random, so ties share the chance.
     */
    @FunctionalInterface
    interface Rule {

        List<Integer> apply(BankItem item, List<Integer> options);

        default Rule then(Rule next) {
            return (item, options) -> next.apply(item, apply(item, options));
        }
    }

    /** A named way of answering an item without knowing it. */
    record Strategy(String name, Rule rule) {

        /** The chance the candidate picks the key: nought unless the rule keeps it, else one in the number kept. */
        double hitProbability(BankItem item) {
            List<Integer> chosen = rule.apply(item, ALL);
            return chosen.contains(item.keyIndex()) ? 1.0 / chosen.size() : 0;
        }

        /** Mean hit probability over the items: the share of them a candidate answers right by the rule alone. */
        double hitRate(List<BankItem> items) {
            return items.stream().mapToDouble(this::hitProbability).average().orElse(0);
        }
    }

    /** Drops the options the predicate flags; keeps them all when it would drop every one, as cues.py does. */
    static Rule eliminating(BiPredicate<BankItem, String> flagged) {
        return (item, options) -> {
            List<Integer> kept = options.stream().filter(o -> !flagged.test(item, item.options().get(o))).toList();
            return kept.isEmpty() ? options : kept;
        };
    }

    static final Rule AVOID_ABSOLUTES = eliminating((item, text) -> hasAbsolute(text));
    static final Rule AVOID_LEGAL = eliminating((item, text) -> hasLegal(text));
    static final Rule AVOID_BOTH = AVOID_ABSOLUTES.then(AVOID_LEGAL);

    /**
     * An incomplete stem ending in "a" or "an" fits only options that start with a consonant or a vowel sound
     * respectively (the schema: each option completes an incomplete stem).
     */
    static final Rule ARTICLE_AGREEMENT = eliminating((item, text) -> {
        String article = trailingArticle(item.stem());
        return article != null && startsWithVowelSound(text) != article.equals("an");
    });

    /** "a" or "an" when the stem is an incomplete statement (no closing punctuation) ending in one, else null. */
    static String trailingArticle(String stem) {
        String trimmed = stem.strip();
        List<String> words = words(trimmed);
        if (trimmed.isEmpty() || ".?!:".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 || words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        return last.equals("a") || last.equals("an") ? last : null;
    }

    /**
     * Whether "an" goes before the text: by the sound, not the letter, so "a unique offer", "an hour", "an SLA" (an
     * acronym is spelt out) as a candidate would say them.
     */
    static boolean startsWithVowelSound(String text) {
        Matcher first = LETTERS.matcher(text);
        if (!first.find()) {
            return false;
        }
        String word = first.group();
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return "AEFHILMNORSX".indexOf(word.charAt(0)) >= 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu") || lower.startsWith("eu")
                || lower.startsWith("one") || lower.startsWith("once")) {
            return false;
        }
        if (lower.startsWith("hour") || lower.startsWith("honest") || lower.startsWith("honour")
                || lower.startsWith("heir")) {
            return true;
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }

    /** The options with the highest score. */
    static Rule highest(ToIntBiFunction<BankItem, Integer> score) {
        return (item, options) -> {
            int top = options.stream().mapToInt(o -> score.applyAsInt(item, o)).max().orElseThrow();
            return options.stream().filter(o -> score.applyAsInt(item, o) == top).toList();
        };
    }

    /**
     * The options as long as the one at this place in the order of length, counted from the longest (0 = longest)
     * or from the shortest. Ties share the place, as in cues.py: of lengths 10, 10, 5, 3 both tens are longest and
     * second-longest. Among fewer options than the place needs, the last place counts.
     */
    static Rule byLength(int place, boolean fromLongest) {
        return (item, options) -> {
            List<Integer> longestFirst = new ArrayList<>(options);
            longestFirst.sort(Comparator.comparingInt((Integer o) -> item.options().get(o).length()).reversed());
            int index = fromLongest ? Math.min(place, options.size() - 1) : Math.max(options.size() - 1 - place, 0);
            int length = item.options().get(longestFirst.get(index)).length();
            return options.stream().filter(o -> item.options().get(o).length() == length).toList();
        };
    }

    /** Nearest the mean length of all four options (compared as four times the length against the total). */
    static final Rule NEAREST_MEAN_LENGTH = highest((item, o) -> {
        int total = item.options().stream().mapToInt(String::length).sum();
        return -Math.abs(item.options().size() * item.options().get(o).length() - total);
    });

    /**
     * The option whose length differs most from the mean of the other three, the odd one out in length: a key made
     * much longer or shorter than its distractors. On four options that is the length farthest from the mean of all.
     */
    static final Rule LENGTH_OUTLIER = highest((item, o) -> {
        int total = item.options().stream().mapToInt(String::length).sum();
        return Math.abs(item.options().size() * item.options().get(o).length() - total);
    });

    /** Most content words shared with the stem. */
    static final Rule STEM_OVERLAP = highest((item, o) -> overlap(contentWords(item.stem()), option(item, o)));

    /** Most content words shared with the other three options: the key is what the distractors vary. */
    static final Rule CONVERGENCE = highest((item, o) -> ALL.stream().filter(p -> !p.equals(o))
            .mapToInt(p -> overlap(option(item, o), option(item, p))).sum());

    /**
     * When three options start with one word and the fourth with another, the odd one; otherwise no preference. The
     * first words are those of all four options, as in cues.py.
     */
    static final Rule ODD_FIRST_WORD = (item, options) -> {
        List<String> firsts = ALL.stream().map(o -> words(item.options().get(o))).map(w -> w.isEmpty() ? "" : w.get(0))
                .toList();
        Map<String, Long> counts = firsts.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        List<Integer> odd = ALL.stream().filter(o -> counts.get(firsts.get(o)) == 1).toList();
        return counts.size() == 2 && odd.size() == 1 && options.contains(odd.get(0)) ? odd : options;
    };

    /** Most hedging qualifiers. */
    static final Rule HEDGED = highest((item, o) -> (int) words(item.options().get(o)).stream()
            .filter(HEDGE::contains).count());

    /** Most "and": the fuller answer that joins two ideas ("both the customer and the organisation"). */
    static final Rule AND_JOINED = highest((item, o) -> (int) words(item.options().get(o)).stream()
            .filter("and"::equals).count());

    /** No preference: a guess among the options left. */
    static final Rule GUESS = (item, options) -> options;

    /**
     * The reverse of a rule, for a bank whose writers have learnt to keep the key away from it: drops the option the
     * rule picks outright among all four (a tie drops nothing), as cues.py's avoid(...) does.
     */
    static Rule avoidingOutright(Rule rule) {
        return (item, options) -> {
            List<Integer> picked = rule.apply(item, ALL);
            List<Integer> kept = options.stream().filter(o -> picked.size() != 1 || !picked.contains(o)).toList();
            return kept.isEmpty() ? options : kept;
        };
    }

    static final Rule AVOID_NEAREST_MEAN = avoidingOutright(NEAREST_MEAN_LENGTH);
    static final Rule AVOID_STEM_OVERLAP = avoidingOutright(STEM_OVERLAP);
    static final Rule AVOID_CONVERGENCE = avoidingOutright(CONVERGENCE);
    static final Rule AVOID_LENGTH_OUTLIER = avoidingOutright(LENGTH_OUTLIER);

    /** The rules that pick among options, each usable after eliminations. */
    static final List<Strategy> PICKS = List.of(new Strategy("guess", GUESS),
            new Strategy("longest", byLength(0, true)), new Strategy("second-longest", byLength(1, true)),
            new Strategy("second-shortest", byLength(1, false)), new Strategy("shortest", byLength(0, false)),
            new Strategy("nearest-mean-length", NEAREST_MEAN_LENGTH), new Strategy("stem-overlap", STEM_OVERLAP),
            new Strategy("convergence", CONVERGENCE), new Strategy("odd-first-word", ODD_FIRST_WORD),
            new Strategy("hedged", HEDGED), new Strategy("and-joined", AND_JOINED),
            new Strategy("length-outlier", LENGTH_OUTLIER));

    /** The rules that drop options. */
    static final List<Strategy> ELIMINATIONS = List.of(new Strategy("avoid-absolutes", AVOID_ABSOLUTES),
            new Strategy("avoid-legal", AVOID_LEGAL), new Strategy("article-agreement", ARTICLE_AGREEMENT),
            new Strategy("avoid-nearest-mean", AVOID_NEAREST_MEAN),
            new Strategy("avoid-stem-overlap", AVOID_STEM_OVERLAP),
            new Strategy("avoid-convergence", AVOID_CONVERGENCE),
            new Strategy("avoid-length-outlier", AVOID_LENGTH_OUTLIER));

    /**
     * The strategies of cues.py in its order, then those it lacks (hedged, and-joined, length-outlier and its
     * reverse, article-agreement), then the
     * best combination for this bank.
     */
    static List<Strategy> strategies(List<BankItem> bank) {
        List<Strategy> strategies = new ArrayList<>();
        for (String name : List.of("longest", "second-longest", "second-shortest", "shortest", "nearest-mean-length")) {
            strategies.add(named(PICKS, name));
        }
        strategies.add(named(ELIMINATIONS, "avoid-absolutes"));
        strategies.add(named(ELIMINATIONS, "avoid-legal"));
        strategies.add(new Strategy("avoid-both", AVOID_BOTH));
        for (String name : List.of("stem-overlap", "convergence", "odd-first-word")) {
            strategies.add(named(PICKS, name));
        }
        for (String name : List.of("longest", "second-longest", "stem-overlap", "convergence")) {
            strategies.add(new Strategy("avoid-both+" + name, AVOID_BOTH.then(named(PICKS, name).rule())));
        }
        for (String name : List.of("avoid-nearest-mean", "avoid-stem-overlap", "avoid-convergence")) {
            strategies.add(named(ELIMINATIONS, name));
        }
        strategies.add(new Strategy("avoid-mean+stem+convergence",
                AVOID_NEAREST_MEAN.then(AVOID_STEM_OVERLAP).then(AVOID_CONVERGENCE)));
        strategies.add(named(PICKS, "hedged"));
        strategies.add(named(PICKS, "and-joined"));
        strategies.add(named(PICKS, "length-outlier"));
        strategies.add(named(ELIMINATIONS, "avoid-length-outlier"));
        strategies.add(named(ELIMINATIONS, "article-agreement"));
        strategies.add(bestCombination(bank));
        return strategies;
    }

    /**
     * A candidate coached on this bank's habits: applies, in {@link #ELIMINATIONS} order, every elimination that on
     * its own beats chance over the bank (one that drops keys more often than distractors is not applied), then picks
     * by whichever rule of {@link #PICKS} has the highest hit rate over the bank after those eliminations (the first
     * of equals).
     */
    static Strategy bestCombination(List<BankItem> bank) {
        List<Strategy> helpful = ELIMINATIONS.stream().filter(e -> e.hitRate(bank) > CHANCE).toList();
        Rule eliminate = helpful.stream().map(Strategy::rule).reduce(GUESS, Rule::then);
        String eliminated = helpful.isEmpty() ? "no elimination"
                : helpful.stream().map(Strategy::name).collect(Collectors.joining("+"));
        Strategy best = null;
        double bestRate = -1;
        for (Strategy pick : PICKS) {
            Strategy combined = new Strategy(BEST_COMBINATION + " (" + eliminated + ", then " + pick.name() + ")",
                    eliminate.then(pick.rule()));
            double rate = combined.hitRate(bank);
            if (rate > bestRate) {
                best = combined;
                bestRate = rate;
            }
        }
        return best;
    }

    private static Strategy named(List<Strategy> rules, String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> option(BankItem item, int option) {
        return contentWords(item.options().get(option));
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size();
    }
}
