package uk.awarding.platform.outbox;

/** A peer answered an outbox delivery with something other than acceptance; the relay tries again later. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message) {
        super(message);
    }
}
