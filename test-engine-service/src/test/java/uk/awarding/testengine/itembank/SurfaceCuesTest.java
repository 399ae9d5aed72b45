package uk.awarding.testengine.itembank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SurfaceCuesTest {

    @Test
    void ranksTheKeyByLengthWithTiesInItsFavour() {
        assertEquals(1, SurfaceCues.keyLengthRank(lengths("A", 10, 10, 5, 3)));
        assertEquals(1, SurfaceCues.keyLengthRank(lengths("B", 10, 10, 5, 3)));
        assertEquals(3, SurfaceCues.keyLengthRank(lengths("C", 10, 10, 5, 3)));
        assertEquals(4, SurfaceCues.keyLengthRank(lengths("D", 10, 10, 5, 3)));
        assertEquals(1, SurfaceCues.keyLengthRank(lengths("D", 7, 7, 7, 7)));
    }

    @Test
    void letsTiedLengthsShareAPlace() {
        BankItem item = lengths("A", 10, 10, 5, 3);

        assertEquals(List.of(0, 1), SurfaceCues.byLength(0, true).apply(item, SurfaceCues.ALL));
        assertEquals(List.of(0, 1), SurfaceCues.byLength(1, true).apply(item, SurfaceCues.ALL));
        assertEquals(List.of(2), SurfaceCues.byLength(1, false).apply(item, SurfaceCues.ALL));
        assertEquals(List.of(3), SurfaceCues.byLength(0, false).apply(item, SurfaceCues.ALL));
        assertEquals(0.5, hit("second-longest", item));
        assertEquals(0.25, hit("second-longest", lengths("C", 7, 7, 7, 7)));
    }

    @Test
    void countsLengthPlacesAmongTheOptionsLeft() {
        BankItem item = lengths("A", 10, 8, 5, 3);

        assertEquals(List.of(3), SurfaceCues.byLength(1, true).apply(item, List.of(2, 3)));
        assertEquals(List.of(2), SurfaceCues.byLength(1, false).apply(item, List.of(2, 3)));
        assertEquals(List.of(3), SurfaceCues.byLength(1, true).apply(item, List.of(3)));
    }

    @Test
    void findsAbsoluteWordsAndLegalTermsAsWholeWords() {
        assertTrue(SurfaceCues.hasAbsolute("Staff Always smile"));
        assertTrue(SurfaceCues.hasAbsolute("Staff can't refuse"));
        assertTrue(SurfaceCues.hasAbsolute("the 'always right' rule"));
        assertFalse(SurfaceCues.hasAbsolute("A lonely customer"));
        assertTrue(SurfaceCues.hasLegal("It is illegal"));
        assertFalse(SurfaceCues.hasLegal("Take action at once"));
    }

    @Test
    void eliminatesFlaggedOptionsButNeverAllOfThem() {
        BankItem twoAbsolute = item("Which is right?", "C", "It always works", "It never fails", "It can help",
                "It suits some");
        BankItem allAbsolute = item("Which is right?", "C", "It always works", "It never fails", "Only it helps",
                "Every one suits");

        assertEquals(List.of(2, 3), SurfaceCues.AVOID_ABSOLUTES.apply(twoAbsolute, SurfaceCues.ALL));
        assertEquals(0.5, hit("avoid-absolutes", twoAbsolute));
        assertEquals(SurfaceCues.ALL, SurfaceCues.AVOID_ABSOLUTES.apply(allAbsolute, SurfaceCues.ALL));
        assertEquals(0.25, hit("avoid-absolutes", allAbsolute));
    }

    @Test
    void avoidsLegalTermsOnlyAmongTheOptionsWithoutAbsolutes() {
        BankItem item = item("Which is right?", "A", "It is the law", "It never fails", "It is illegal",
                "It is banned");

        assertEquals(List.of(0, 2, 3), SurfaceCues.AVOID_BOTH.apply(item, SurfaceCues.ALL));
    }

    @Test
    void findsAStemWordThatOnlyTheKeyRepeats() {
        BankItem cued = item("How should a receptionist greet a hotel guest?", "A", "Welcome the guest by name",
                "Hand over the room card", "Ask for payment first", "Point out the lift");
        BankItem notCued = item("How should a receptionist greet a hotel guest?", "A", "Welcome the guest by name",
                "Ask for the guests' payment first", "Hand over the room card", "Point out the lift");

        assertEquals(Set.of("guest"), SurfaceCues.stemCue(cued));
        assertEquals(Set.of(), SurfaceCues.stemCue(notCued));
    }

    @Test
    void matchesPossessivesPluralsAndQuotedWords() {
        BankItem item = item("What do customers value most?", "B", "Low prices", "The customer's own needs",
                "Long opening hours", "Free parking");

        assertEquals(Set.of("customer"), SurfaceCues.stemCue(item));
        assertEquals(List.of("internal", "customer", "competitors", "can't"),
                SurfaceCues.words("'internal customer' competitors' can't"));
        assertEquals(SurfaceCues.stem("services"), SurfaceCues.stem("service"));
        assertEquals(SurfaceCues.stem("policies"), SurfaceCues.stem("policy"));
        assertEquals(SurfaceCues.stem("schemes"), SurfaceCues.stem("scheme"));
        assertEquals(SurfaceCues.stem("supplies"), SurfaceCues.stem("supply"));
        assertEquals(SurfaceCues.stem("customers"), SurfaceCues.stem("customer"));
    }

    @Test
    void picksTheOptionsNearestTheMeanLength() {
        assertEquals(List.of(1, 2), SurfaceCues.NEAREST_MEAN_LENGTH.apply(lengths("A", 8, 6, 4, 2), SurfaceCues.ALL));
        assertEquals(List.of(1), SurfaceCues.NEAREST_MEAN_LENGTH.apply(lengths("A", 10, 6, 3, 1), SurfaceCues.ALL));
    }

    @Test
    void picksByOverlapWithTheStemAndWithTheOtherOptions() {
        BankItem item = item("Why do hotels train reception staff?", "B", "To cut wages",
                "To help reception staff welcome guests", "To welcome guests", "To fill rooms");

        assertEquals(List.of(1), SurfaceCues.STEM_OVERLAP.apply(item, SurfaceCues.ALL));
        assertEquals(List.of(1, 2), SurfaceCues.CONVERGENCE.apply(item, SurfaceCues.ALL));
    }

    @Test
    void picksTheOddFirstWordOnlyAgainstThreeAlike() {
        assertEquals(List.of(3), SurfaceCues.ODD_FIRST_WORD.apply(item("Which?", "D", "The price", "The place",
                "The promotion", "A product"), SurfaceCues.ALL));
        assertEquals(SurfaceCues.ALL, SurfaceCues.ODD_FIRST_WORD.apply(item("Which?", "D", "The price", "The place",
                "A promotion", "A product"), SurfaceCues.ALL));
    }

    @Test
    void prefersHedgedWordingAndAnswersJoinedWithAnd() {
        BankItem item = item("Why offer a loyalty card?", "C", "To raise prices", "To cut staff costs",
                "It may help to keep customers", "To meet targets and budgets");

        assertEquals(List.of(2), SurfaceCues.HEDGED.apply(item, SurfaceCues.ALL));
        assertEquals(List.of(3), SurfaceCues.AND_JOINED.apply(item, SurfaceCues.ALL));
        assertEquals(SurfaceCues.ALL, SurfaceCues.HEDGED.apply(lengths("A", 4, 5, 6, 7), SurfaceCues.ALL));
    }

    @Test
    void keepsOnlyOptionsThatAgreeWithATrailingArticle() {
        BankItem an = item("A promise to repair within a day is an", "A", "example of a service level", "SLA term",
                "unique selling point", "price promise");
        BankItem a = item("A promise to repair within a day is a", "C", "example of a service level", "SLA term",
                "unique selling point", "price promise");
        BankItem none = item("The key fits an", "A", "lock", "door", "gate", "safe");
        BankItem question = item("Which of these is a", "A", "unique offer", "one-off deal", "hourly rate",
                "honest price");

        assertEquals(List.of(0, 1), SurfaceCues.ARTICLE_AGREEMENT.apply(an, SurfaceCues.ALL));
        assertEquals(List.of(2, 3), SurfaceCues.ARTICLE_AGREEMENT.apply(a, SurfaceCues.ALL));
        assertEquals(SurfaceCues.ALL, SurfaceCues.ARTICLE_AGREEMENT.apply(none, SurfaceCues.ALL));
        assertEquals(List.of(0, 1), SurfaceCues.ARTICLE_AGREEMENT.apply(question, SurfaceCues.ALL));
        assertEquals(SurfaceCues.ALL, SurfaceCues.ARTICLE_AGREEMENT.apply(
                item("Which of these is a?", "A", "unique offer", "one-off deal", "hourly rate", "honest price"),
                SurfaceCues.ALL));
    }

    @Test
    void avoidsOnlyAnOptionARulePicksOutright() {
        assertEquals(List.of(0, 2, 3), SurfaceCues.AVOID_NEAREST_MEAN.apply(lengths("A", 10, 6, 3, 1),
                SurfaceCues.ALL));
        assertEquals(SurfaceCues.ALL, SurfaceCues.AVOID_NEAREST_MEAN.apply(lengths("A", 8, 6, 4, 2),
                SurfaceCues.ALL));
    }

    @Test
    void picksTheOddOneOutInLength() {
        // Of 40, 30, 28, 26 (mean 31) the longest is farthest from the mean; of 30, 28, 26, 12 the shortest; 40 and 18
        // lie equally far from 29, so both are picked.
        assertEquals(List.of(0), SurfaceCues.LENGTH_OUTLIER.apply(lengths("A", 40, 30, 28, 26), SurfaceCues.ALL));
        assertEquals(List.of(3), SurfaceCues.LENGTH_OUTLIER.apply(lengths("A", 30, 28, 26, 12), SurfaceCues.ALL));
        assertEquals(List.of(0, 3), SurfaceCues.LENGTH_OUTLIER.apply(lengths("A", 40, 30, 28, 18), SurfaceCues.ALL));
    }

    @Test
    void listsTheStrategiesOfCuesPyInItsOrderThenTheFurtherOnes() {
        List<String> names = SurfaceCues.strategies(List.of(lengths("A", 9, 6, 4, 1))).stream()
                .map(SurfaceCues.Strategy::name).toList();

        assertEquals(List.of("longest", "second-longest", "second-shortest", "shortest", "nearest-mean-length",
                "avoid-absolutes", "avoid-legal", "avoid-both", "stem-overlap", "convergence", "odd-first-word",
                "avoid-both+longest", "avoid-both+second-longest", "avoid-both+stem-overlap", "avoid-both+convergence",
                "avoid-nearest-mean", "avoid-stem-overlap", "avoid-convergence", "avoid-mean+stem+convergence",
                "hedged", "and-joined", "length-outlier", "avoid-length-outlier", "article-agreement"),
                names.subList(0, names.size() - 1));
        assertTrue(names.get(names.size() - 1).startsWith("best-combination"));
    }

    @Test
    void combinesTheEliminationsThatHelpWithTheBestPickForTheBank() {
        List<BankItem> bank = List.of(
                item("Which?", "D", "It always gets longer", "Prices rise a lot", "Queues grow", "Less"),
                item("Which?", "A", "Few", "It never gets any longer", "Staff leave the firm", "Sales fall"),
                item("Which?", "B", "Staff leave the firm", "Fewer", "It is always longer", "Sales fall"));

        SurfaceCues.Strategy best = SurfaceCues.bestCombination(bank);

        assertTrue(best.name().startsWith("best-combination (avoid-absolutes"), best.name());
        assertEquals(1.0, best.hitRate(bank));
    }

    @Test
    void leavesOutAnEliminationThatDropsKeys() {
        List<BankItem> bank = List.of(
                item("Which?", "A", "It always gets longer", "Prices rise a lot", "Queues grow", "Less"),
                item("Which?", "B", "Few", "It never gets any longer", "Staff leave the firm", "Sales fall"));

        SurfaceCues.Strategy best = SurfaceCues.bestCombination(bank);

        assertFalse(best.name().contains("avoid-absolutes"), best.name());
        assertEquals(1.0, best.hitRate(bank));
    }

    private static double hit(String strategy, BankItem item) {
        return SurfaceCues.strategies(List.of(item)).stream().filter(s -> s.name().equals(strategy)).findFirst()
                .orElseThrow().hitProbability(item);
    }

    /** An item whose options are runs of letters of these lengths. */
    private static BankItem lengths(String key, int a, int b, int c, int d) {
        return item("Which option is right?", key, "a".repeat(a), "b".repeat(b), "c".repeat(c), "d".repeat(d));
    }

    static BankItem item(String stem, String key, String a, String b, String c, String d) {
        return new BankItem("210-1-001", "LIVE", "LO1", "AC1.1", stem, List.of(a, b, c, d), key, List.of());
    }
}
