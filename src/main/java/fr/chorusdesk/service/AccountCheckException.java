package fr.chorusdesk.service;

import java.util.Objects;

/**
 * A connection check or a profile operation failed. {@link #userMessage()} is the French sentence
 * to show (what happened, what to do); {@link #getMessage()} the technical text for logs. Neither
 * contains a secret.
 */
public final class AccountCheckException extends Exception {

    private static final long serialVersionUID = 1L;

    private final AccountProblem problem;
    private final String userMessage;

    AccountCheckException(AccountProblem problem, String userMessage, String technicalMessage, Throwable cause) {
        super(technicalMessage, cause);
        this.problem = Objects.requireNonNull(problem);
        this.userMessage = Objects.requireNonNull(userMessage);
    }

    public AccountProblem problem() {
        return problem;
    }

    public String userMessage() {
        return userMessage;
    }
}
