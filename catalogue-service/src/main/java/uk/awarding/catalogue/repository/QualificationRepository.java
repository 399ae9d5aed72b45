package uk.awarding.catalogue.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import uk.awarding.catalogue.domain.Qualification;
import uk.awarding.catalogue.domain.QualificationStatus;
import uk.awarding.catalogue.domain.Unit;

@ApplicationScoped
public class QualificationRepository implements PanacheRepositoryBase<Qualification, String> {

    /** What a catalogue search may filter on; null means "any". */
    public record Search(Integer level, String awardingOrganisation, String text, QualificationStatus status) {
    }

    /** Matches in a stable order (awarding organisation, level, title, id) so pages never shuffle. */
    public PanacheQuery<Qualification> search(Search search) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.level() != null) {
            where.append(" and level = :level");
            params.put("level", search.level());
        }
        if (search.awardingOrganisation() != null) {
            where.append(" and awardingOrganisation = :ao");
            params.put("ao", search.awardingOrganisation());
        }
        if (search.status() != null) {
            where.append(" and status = :status");
            params.put("status", search.status());
        }
        if (search.text() != null) {
            // locate, not like: what the user types is matched literally, "%" and "_" included.
            where.append(" and (locate(:text, lower(title)) > 0 or locate(:text, lower(coalesce(qualificationNumber, ''))) > 0"
                    + " or locate(:text, id) > 0)");
            params.put("text", search.text().toLowerCase());
        }
        return find(where.toString(), Sort.by("awardingOrganisation").and("level").and("title").and("id"), params);
    }

    public List<String> awardingOrganisations() {
        return getEntityManager()
                .createQuery("select distinct q.awardingOrganisation from Qualification q order by q.awardingOrganisation",
                        String.class)
                .getResultList();
    }

    public List<Integer> levels() {
        return getEntityManager()
                .createQuery("select distinct q.level from Qualification q order by q.level", Integer.class)
                .getResultList();
    }

    /** Ids of the qualifications whose rules of combination include the unit. */
    public List<String> idsContaining(Unit unit) {
        return getEntityManager()
                .createQuery("select distinct q.id from Qualification q join q.groups g join g.units u where u = :unit"
                        + " order by q.id", String.class)
                .setParameter("unit", unit)
                .getResultList();
    }
}
