package uk.awarding.testengine.client;

import java.util.List;

/** The list shape of registration-service ({@code ResultPage}), only the fields the start page needs. */
public record RegistrationPage(List<RegistrationView> items) {
}
