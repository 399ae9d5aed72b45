package uk.awarding.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** The stored form of a {@link CreditsAtLevel} rule. */
@Entity
@Table(name = "credits_at_level")
public class CreditsAtLevelRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "min_credits")
    private int minCredits;

    private int level;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_comparison")
    private LevelComparison levelComparison;

    @ElementCollection
    @CollectionTable(name = "credits_at_level_group", joinColumns = @JoinColumn(name = "credits_at_level_id"))
    @Column(name = "group_code")
    @OrderColumn(name = "position")
    private List<String> groups = new ArrayList<>();

    protected CreditsAtLevelRule() {
    }

    public CreditsAtLevelRule(CreditsAtLevel rule) {
        this.minCredits = rule.minCredits();
        this.level = rule.level();
        this.levelComparison = rule.comparison();
        this.groups.addAll(rule.groups());
    }

    public CreditsAtLevel asRule() {
        return new CreditsAtLevel(minCredits, level, levelComparison, groups);
    }
}
