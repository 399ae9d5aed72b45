package uk.awarding.catalogue.service.data;

import java.util.List;

/** The data files are wrong: the service refuses to load them rather than publish a wrong catalogue. */
public class CatalogueDataException extends RuntimeException {

    public CatalogueDataException(String message) {
        super(message);
    }

    public CatalogueDataException(List<String> errors) {
        super("The qualification data files have " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
    }
}
