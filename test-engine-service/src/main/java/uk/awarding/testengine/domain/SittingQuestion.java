package uk.awarding.testengine.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One position of a sitting's form: the exact item version, its option order and the candidate's response. */
@Entity
@Table(name = "sitting_question")
@IdClass(SittingQuestion.Key.class)
public class SittingQuestion {

    /** Composite key (sitting, position), as JPA's derived identity needs it. */
    public static class Key implements Serializable {
        String sitting;
        int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.sitting, sitting);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sitting, position);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sitting_id")
    private Sitting sitting;
    @Id
    private int position;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;
    @Column(name = "option_order")
    private String optionOrder;
    @Column(name = "selected_option")
    private String selectedOption;
    private boolean flagged;
    /** The sequence number of the save that last changed this response (0: never answered). */
    private long sequence;

    protected SittingQuestion() {
    }

    SittingQuestion(Sitting sitting, int position, Item item, OptionOrder optionOrder) {
        this.sitting = sitting;
        this.position = position;
        this.item = item;
        this.optionOrder = optionOrder.value();
    }

    /** Stores a response; {@code flagged == null} keeps the flag as it was. */
    public void respond(String optionId, Boolean flagged, long sequence) {
        if (optionId != null && !ItemContent.OPTION_IDS.contains(optionId)) {
            throw new IllegalArgumentException("Unknown option " + optionId);
        }
        this.selectedOption = optionId;
        if (flagged != null) {
            this.flagged = flagged;
        }
        this.sequence = sequence;
    }

    public int getPosition() {
        return position;
    }

    public Item getItem() {
        return item;
    }

    public OptionOrder getOptionOrder() {
        return new OptionOrder(optionOrder);
    }

    public String getSelectedOption() {
        return selectedOption;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public long getSequence() {
        return sequence;
    }
}
