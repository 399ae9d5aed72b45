package uk.awarding.testengine.web;

import java.util.List;

import uk.awarding.testengine.client.RegistrationView;

/** The list shape of registration-service ({@code ResultPage}), only the fields the start page needs. */
public record RegistrationPage(List<RegistrationView> items) {
}
