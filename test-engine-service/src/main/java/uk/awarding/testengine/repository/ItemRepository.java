package uk.awarding.testengine.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.ReadOnlyMode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.awarding.testengine.domain.FormAssembly;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.domain.ReviewDecision;
import uk.awarding.testengine.domain.SittingStatus;

@ApplicationScoped
public class ItemRepository implements PanacheRepositoryBase<Item, Long> {

    public Optional<Item> findVersion(String itemCode, int version) {
        return find("itemCode = ?1 and version = ?2", itemCode, version).firstResultOptional();
    }

    public Optional<Item> findLatest(String itemCode) {
        return find("itemCode", Sort.descending("version"), itemCode).firstResultOptional();
    }

    public List<Item> versionsOf(String itemCode) {
        return list("itemCode", Sort.ascending("version"), itemCode);
    }

    /** The latest version of every item of a unit, by item code. */
    public List<Item> latestVersions(String unit) {
        return list("from Item i where i.unit = ?1 and i.version = "
                + "(select max(j.version) from Item j where j.itemCode = i.itemCode) order by i.itemCode", unit);
    }

    /**
     * A unit's live items as form assembly needs them: no wording, because a start needs the texts of the 25 items
     * drawn, not of the whole bank.
     */
    public List<FormAssembly.Candidate> liveCandidates(String unit) {
        return getEntityManager()
                .createQuery("select i.id, i.itemCode, i.learningOutcome, i.assessmentCriterion, i.enemies from Item i "
                        + "where i.unit = ?1 and i.status = ?2", Object[].class)
                .setParameter(1, unit).setParameter(2, ItemStatus.LIVE)
                .getResultStream()
                .map(row -> new FormAssembly.Candidate((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        ((String) row[4]).isEmpty() ? List.of() : List.of(((String) row[4]).split(","))))
                .toList();
    }

    /** The units that have live items, in order. */
    public List<String> liveUnits() {
        return getEntityManager()
                .createQuery("select distinct i.unit from Item i where i.status = ?1 order by i.unit", String.class)
                .setParameter(1, ItemStatus.LIVE).getResultList();
    }

    /**
     * The facility (proportion answered correctly, an unanswered question counting as wrong) of each item version of
     * a unit over completed sittings, for versions given in at least {@code minResponses} of them: one aggregate query.
     */
    public Map<Long, Double> facilities(String unit, int minResponses) {
        return getEntityManager()
                .createQuery("select q.item.id, count(q), sum(case when q.selectedOption = i.answerKey then 1 else 0 end) "
                        + "from SittingQuestion q join q.item i join q.sitting s "
                        + "where i.unit = ?1 and s.status in ?2 group by q.item.id having count(q) >= ?3", Object[].class)
                .setParameter(1, unit).setParameter(2, SittingStatus.COMPLETED).setParameter(3, (long) minResponses)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0],
                        row -> ((Number) row[2]).doubleValue() / ((Number) row[1]).doubleValue()));
    }

    /**
     * The items of these ids, in the order given (null for an id that is not in the bank), read-only: a start (the
     * only reader) puts them on a form and changes none, so the flush neither keeps nor compares a snapshot of each.
     * Loaded by id, not by a query: a query with a list parameter is translated from HQL to SQL again on every call.
     */
    public List<Item> inOrder(List<Long> ids) {
        return getSession().findMultiple(Item.class, ids, ReadOnlyMode.READ_ONLY);
    }

    /** The next free item code for a learning outcome of a unit: 210-3-042 after 210-3-041. */
    public String nextItemCode(String unit, String learningOutcome) {
        String prefix = unit.substring(unit.indexOf('-') + 1) + "-" + learningOutcome.substring(2) + "-";
        String highest = getEntityManager()
                .createQuery("select max(i.itemCode) from Item i where i.itemCode like ?1", String.class)
                .setParameter(1, prefix + "%").getSingleResult();
        int last = highest == null ? 0 : Integer.parseInt(highest.substring(prefix.length()));
        return prefix + String.format("%03d", last + 1);
    }

    /** Item versions matching every filter given (null filters are ignored), by code and version. */
    public List<Item> search(ItemFilter filter, Page page) {
        return query(filter).page(page).list();
    }

    public long count(ItemFilter filter) {
        return query(filter).count();
    }

    private PanacheQuery<Item> query(ItemFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.unit() != null) {
            where.append(" and unit = :unit");
            parameters.and("unit", filter.unit());
        }
        if (filter.learningOutcome() != null) {
            where.append(" and learningOutcome = :lo");
            parameters.and("lo", filter.learningOutcome());
        }
        if (filter.assessmentCriterion() != null) {
            where.append(" and assessmentCriterion = :ac");
            parameters.and("ac", filter.assessmentCriterion());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        return find(where.toString(), Sort.ascending("itemCode", "version"), parameters);
    }

    public record ItemFilter(String unit, String learningOutcome, String assessmentCriterion, ItemStatus status) {
    }

    /** The review audit: reviewed item versions matching every filter given (null filters are ignored), newest first. */
    public List<Item> reviewed(ReviewFilter filter, Page page) {
        return reviewQuery(filter).page(page).list();
    }

    public long countReviewed(ReviewFilter filter) {
        return reviewQuery(filter).count();
    }

    private PanacheQuery<Item> reviewQuery(ReviewFilter filter) {
        StringBuilder where = new StringBuilder("reviewDecision is not null");
        Parameters parameters = new Parameters();
        if (filter.unit() != null) {
            where.append(" and unit = :unit");
            parameters.and("unit", filter.unit());
        }
        if (filter.decision() != null) {
            where.append(" and reviewDecision = :decision");
            parameters.and("decision", filter.decision());
        }
        if (filter.reviewer() != null) {
            where.append(" and reviewedBy = :reviewer");
            parameters.and("reviewer", filter.reviewer());
        }
        return find(where.toString(), Sort.descending("reviewedAt", "id"), parameters);
    }

    public record ReviewFilter(String unit, ReviewDecision decision, String reviewer) {
    }
}
