package uk.awarding.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One group of a qualification's rules of combination and its units, in the order the specification lists them. */
@Entity
@Table(name = "unit_group")
public class UnitGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String title;
    private boolean mandatory;

    @Column(name = "min_units")
    private Integer minUnits;

    @Column(name = "max_units")
    private Integer maxUnits;

    @Column(name = "min_credits")
    private Integer minCredits;

    @Column(name = "max_credits")
    private Integer maxCredits;

    @ManyToMany
    @JoinTable(name = "unit_group_member", joinColumns = @JoinColumn(name = "unit_group_id"), inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    private List<Unit> units = new ArrayList<>();

    protected UnitGroup() {
    }

    public UnitGroup(String code, String title, boolean mandatory, Integer minUnits, Integer maxUnits, Integer minCredits,
            Integer maxCredits, List<Unit> units) {
        this.code = code;
        this.title = title;
        this.mandatory = mandatory;
        this.minUnits = minUnits;
        this.maxUnits = maxUnits;
        this.minCredits = minCredits;
        this.maxCredits = maxCredits;
        this.units.addAll(units);
    }

    public RuleGroup asRuleGroup() {
        return new RuleGroup(code, title, mandatory, minUnits, maxUnits, minCredits, maxCredits,
                units.stream().map(Unit::asRuleUnit).toList());
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Integer getMinUnits() {
        return minUnits;
    }

    public Integer getMaxUnits() {
        return maxUnits;
    }

    public Integer getMinCredits() {
        return minCredits;
    }

    public Integer getMaxCredits() {
        return maxCredits;
    }

    public List<Unit> getUnits() {
        return List.copyOf(units);
    }
}
