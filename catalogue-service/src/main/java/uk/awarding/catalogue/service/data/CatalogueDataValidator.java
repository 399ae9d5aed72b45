package uk.awarding.catalogue.service.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.awarding.catalogue.domain.AssessmentMethod;
import uk.awarding.catalogue.domain.CheckCharacters;
import uk.awarding.catalogue.service.data.QualificationFile.CriterionEntry;
import uk.awarding.catalogue.service.data.QualificationFile.Group;
import uk.awarding.catalogue.service.data.QualificationFile.LearningOutcomeEntry;
import uk.awarding.catalogue.service.data.QualificationFile.LevelRule;
import uk.awarding.catalogue.service.data.QualificationFile.TestSpecificationEntry;
import uk.awarding.catalogue.service.data.QualificationFile.UnitEntry;

/**
 * Checks the data files before anything is loaded: errors (a broken reference, a rule the engine cannot
 * evaluate, a unit that two files describe differently) stop the load; check-character doubts are warnings,
 * because the rule behind them is inferred (see {@link CheckCharacters}).
 */
public final class CatalogueDataValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CatalogueDataValidator() {
    }

    /** What is wrong with the files, and what is doubtful. */
    public record Report(List<String> errors, List<String> warnings) {
    }

    public static Report validate(List<DataFile> files) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        Map<String, String> fileByNumber = new HashMap<>();
        Map<String, Sourced> unitsByKey = new LinkedHashMap<>();
        for (DataFile file : files) {
            QualificationFile q = file.content();
            Problems p = new Problems(file.name(), errors, warnings);
            checkQualification(q, p);
            if (q.id() != null && fileById.putIfAbsent(q.id(), file.name()) != null) {
                p.error("id " + q.id() + " is also used by " + fileById.get(q.id()));
            }
            if (q.qualificationNumber() != null
                    && fileByNumber.putIfAbsent(q.qualificationNumber(), file.name()) != null) {
                p.error("qualification number " + q.qualificationNumber() + " is also used by "
                        + fileByNumber.get(q.qualificationNumber()));
            }
            Map<String, UnitEntry> units = checkUnits(q.units(), p);
            checkRules(q, units, p);
            checkTestSpecifications(q.testSpecifications(), units, p);
            for (UnitEntry unit : units.values()) {
                Sourced earlier = unitsByKey.putIfAbsent(unit.key(), new Sourced(file.name(), unit));
                if (earlier != null) {
                    checkSameUnit(earlier, unit, p);
                }
            }
        }
        return new Report(errors, warnings);
    }

    /**
     * The description of each unit to store. A unit shared by several files is taken from a file that lists its
     * learning outcomes, and among those from the one with the least text that is not in its source (the bracketed
     * reconstructions {@code [words]} and gaps {@code […]}): one specification may print cleanly what another's OCR
     * lost. On a tie, the first file in the order given wins.
     */
    public static Map<String, UnitEntry> canonicalUnits(List<DataFile> files) {
        Map<String, UnitEntry> canonical = new HashMap<>();
        for (DataFile file : files) {
            for (UnitEntry unit : file.content().units()) {
                canonical.merge(unit.key(), unit, (kept, offered) -> better(offered, kept) ? offered : kept);
            }
        }
        return canonical;
    }

    private static boolean better(UnitEntry offered, UnitEntry kept) {
        if (kept.learningOutcomes().isEmpty() || offered.learningOutcomes().isEmpty()) {
            return kept.learningOutcomes().isEmpty() && !offered.learningOutcomes().isEmpty();
        }
        return reconstructions(offered) < reconstructions(kept);
    }

    /** How many bracketed passages (reconstructed words or gaps) the unit's outcomes and criteria hold. */
    static long reconstructions(UnitEntry unit) {
        return unit.learningOutcomes().stream()
                .flatMap(lo -> Stream.concat(Stream.of(lo.title()),
                        lo.assessmentCriteria().stream().map(CriterionEntry::text)))
                .filter(Objects::nonNull)
                .mapToLong(text -> text.chars().filter(c -> c == '[').count())
                .sum();
    }

    private record Sourced(String file, UnitEntry unit) {
    }

    private static void checkQualification(QualificationFile q, Problems p) {
        if (q.id() == null || !SLUG.matcher(q.id()).matches()) {
            p.error("id " + q.id() + " is not a URL-safe slug such as cg-2794-02");
        }
        p.requireText(q.title(), "title");
        p.requireText(q.awardingOrganisation(), "awardingOrganisation");
        p.requireLevel(q.level(), "level");
        if (q.status() == null) {
            p.error("status is missing");
        }
        if (q.qualificationNumber() != null) {
            CheckCharacters.qualificationNumberWarning(q.qualificationNumber()).ifPresent(p::warning);
        }
        if (q.glh() != null && q.glh().min() != null && q.glh().max() != null && q.glh().min() > q.glh().max()) {
            p.error("glh.min " + q.glh().min() + " is above glh.max " + q.glh().max());
        }
        if (q.rulesOfCombination() == null) {
            p.error("rulesOfCombination is missing");
        }
    }

    private static Map<String, UnitEntry> checkUnits(List<UnitEntry> units, Problems p) {
        Map<String, UnitEntry> byKey = new LinkedHashMap<>();
        for (UnitEntry unit : units) {
            if (unit.key() == null) {
                p.error("a unit titled '" + unit.title() + "' has neither unitReference nor aoUnitCode");
                continue;
            }
            String where = "unit " + unit.key();
            if (byKey.putIfAbsent(unit.key(), unit) != null) {
                p.error(where + " is listed twice");
            }
            if (unit.unitReference() != null) {
                CheckCharacters.unitReferenceWarning(unit.unitReference()).ifPresent(p::warning);
            }
            p.requireText(unit.title(), where + " title");
            p.requireLevel(unit.level(), where + " level");
            if (unit.assessmentMethod() == null) {
                p.error(where + " assessmentMethod is missing");
            }
            Set<String> outcomeCodes = new HashSet<>();
            Set<String> criterionCodes = new HashSet<>();
            for (LearningOutcomeEntry outcome : unit.learningOutcomes()) {
                p.requireText(outcome.code(), where + " learning outcome code");
                p.requireText(outcome.title(), where + " " + outcome.code() + " title");
                if (outcome.code() != null && !outcomeCodes.add(outcome.code())) {
                    p.error(where + " has learning outcome " + outcome.code() + " twice");
                }
                for (var criterion : outcome.assessmentCriteria()) {
                    p.requireText(criterion.code(), where + " " + outcome.code() + " assessment criterion code");
                    p.requireText(criterion.text(), where + " " + criterion.code() + " text");
                    if (criterion.code() != null && !criterionCodes.add(criterion.code())) {
                        p.error(where + " has assessment criterion " + criterion.code() + " twice");
                    }
                }
            }
        }
        return byKey;
    }

    private static void checkRules(QualificationFile q, Map<String, UnitEntry> units, Problems p) {
        QualificationFile.Rules rules = q.rulesOfCombination();
        if (rules == null) {
            return;
        }
        if (rules.groups().isEmpty()) {
            p.error("rulesOfCombination has no groups");
        }
        Map<String, Group> groups = new HashMap<>();
        Set<String> grouped = new HashSet<>();
        boolean creditRules = rules.totalCreditsMin() != null || !rules.creditsAtLevel().isEmpty();
        for (Group group : rules.groups()) {
            String where = "group " + group.code();
            p.requireText(group.code(), "group code");
            p.requireText(group.title(), where + " title");
            if (group.code() != null && groups.putIfAbsent(group.code(), group) != null) {
                p.error(where + " is defined twice");
            }
            if (group.units().isEmpty()) {
                p.error(where + " has no units");
            }
            p.requireRange(group.minUnits(), group.maxUnits(), where + " units");
            p.requireRange(group.minCredits(), group.maxCredits(), where + " credits");
            if (group.minUnits() != null && group.minUnits() > group.units().size()) {
                p.error(where + " needs " + group.minUnits() + " units but has " + group.units().size());
            }
            boolean needsCredits = creditRules || group.minCredits() != null || group.maxCredits() != null;
            for (String key : group.units()) {
                if (!grouped.add(key)) {
                    p.error("unit " + key + " is in more than one group");
                }
                UnitEntry unit = units.get(key);
                if (unit == null) {
                    p.error(where + " lists unit " + key + ", which the file does not describe");
                } else if (needsCredits && unit.credits() == null) {
                    p.error("unit " + key + " has no credits, but the rules of combination count credits");
                }
            }
        }
        units.keySet().stream().filter(k -> !grouped.contains(k))
                .forEach(k -> p.error("unit " + k + " is in no group of the rules of combination"));
        for (LevelRule rule : rules.creditsAtLevel()) {
            if (rule.minCredits() == null || rule.minCredits() < 1) {
                p.error("creditsAtLevel needs a positive minCredits");
            }
            p.requireLevel(rule.level(), "creditsAtLevel level");
            if (rule.levelComparison() == null) {
                p.error("creditsAtLevel needs levelComparison EXACTLY or AT_LEAST");
            }
            rule.groups().stream().filter(g -> !groups.containsKey(g))
                    .forEach(g -> p.error("creditsAtLevel names group " + g + ", which does not exist"));
        }
    }

    private static void checkTestSpecifications(List<TestSpecificationEntry> specifications, Map<String, UnitEntry> units,
            Problems p) {
        Set<String> specified = new HashSet<>();
        specifications.forEach(s -> specified.add(s.unit()));
        units.values().stream()
                .filter(u -> u.assessmentMethod() == AssessmentMethod.ONLINE_MCQ_TEST && !specified.contains(u.key()))
                .forEach(u -> p.error("unit " + u.key() + " is assessed by an online test but has no test specification"));
        for (TestSpecificationEntry spec : specifications) {
            String where = "test specification of " + spec.unit();
            UnitEntry unit = units.get(spec.unit());
            if (unit == null) {
                p.error(where + ": the file does not describe that unit");
                continue;
            }
            if (unit.assessmentMethod() != AssessmentMethod.ONLINE_MCQ_TEST) {
                p.error(where + ": the unit is not assessed by an online test");
            }
            if (spec.durationMinutes() == null || spec.durationMinutes() < 1) {
                p.error(where + ": durationMinutes must be positive");
            }
            if (spec.questionCount() == null || spec.passMark() == null || spec.passMark() < 1
                    || spec.passMark() > spec.questionCount()) {
                p.error(where + ": passMark must be between 1 and questionCount");
                continue;
            }
            checkResitPolicy(spec.resitPolicy(), where, p);
            int planned = 0;
            Set<String> outcomes = new HashSet<>();
            unit.learningOutcomes().forEach(o -> outcomes.add(o.code()));
            for (var line : spec.blueprint()) {
                if (!outcomes.contains(line.learningOutcome())) {
                    p.error(where + ": blueprint names " + line.learningOutcome() + ", which the unit does not have");
                }
                planned += line.questions() == null ? 0 : line.questions();
            }
            if (planned != spec.questionCount()) {
                p.error(where + ": the blueprint plans " + planned + " questions, not " + spec.questionCount());
            }
        }
    }

    private static void checkResitPolicy(QualificationFile.ResitPolicyEntry policy, String where, Problems p) {
        if (policy == null) {
            p.error(where + ": resitPolicy is missing (a source that states none takes the platform default, "
                    + "basis PLATFORM_DEFAULT)");
            return;
        }
        if (policy.attemptsAllowed() == null || policy.attemptsAllowed() < 1) {
            p.error(where + ": resitPolicy.attemptsAllowed must be at least 1");
        }
        if (policy.minimumWaitDays() == null || policy.minimumWaitDays() < 0) {
            p.error(where + ": resitPolicy.minimumWaitDays must be 0 or more");
        }
        if (policy.basis() == null) {
            p.error(where + ": resitPolicy.basis must be SPECIFICATION or PLATFORM_DEFAULT");
        }
    }

    private static void checkSameUnit(Sourced earlier, UnitEntry unit, Problems p) {
        String where = "unit " + unit.key();
        if (unit.level() != null && !unit.level().equals(earlier.unit().level())) {
            p.error(where + " is level " + unit.level() + " here but " + earlier.unit().level() + " in " + earlier.file());
        }
        if (!Objects.equals(unit.credits(), earlier.unit().credits())) {
            p.error(where + " has " + unit.credits() + " credits here but " + earlier.unit().credits() + " in "
                    + earlier.file());
        }
        if (unit.title() != null && !unit.title().equals(earlier.unit().title())) {
            p.warning(where + " is titled '" + unit.title() + "' here but '" + earlier.unit().title() + "' in "
                    + earlier.file());
        }
    }

    /** Collects problems of one file, each prefixed with the file name. */
    private record Problems(String file, List<String> errors, List<String> warnings) {

        void error(String message) {
            errors.add(file + ": " + message);
        }

        void warning(String message) {
            warnings.add(file + ": " + message);
        }

        void requireText(String value, String field) {
            if (value == null || value.isBlank()) {
                error(field + " is missing");
            }
        }

        void requireLevel(Integer level, String field) {
            if (level == null || level < 1 || level > 8) {
                error(field + " must be a level from 1 to 8, not " + level);
            }
        }

        void requireRange(Integer min, Integer max, String field) {
            if (min != null && min < 0 || max != null && max < 0 || min != null && max != null && min > max) {
                error(field + ": minimum " + min + " and maximum " + max + " are not a range");
            }
        }
    }
}
