package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;

/** Makes the Chorus Pro client of a profile; tests give shorter time-outs. */
@FunctionalInterface
public interface ChorusClientFactory {

    ChorusClient create(ChorusEnvironment environment, ChorusCredentials credentials);

    /**
     * Default time-outs, no automatic retry: a connection check answers at once that the network
     * is down instead of trying again for a minute, and the user presses the button again.
     */
    static ChorusClientFactory forConnectionChecks() {
        return (environment, credentials) -> ChorusClient.builder(environment, credentials)
                .retryPolicy(RetryPolicy.none()).build();
    }
}
