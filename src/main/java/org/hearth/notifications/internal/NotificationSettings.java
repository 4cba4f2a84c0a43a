package org.hearth.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code hearth.notifications.*}: the channel, its settings, and the worker's attempts and back-off. See
 * docs/notifications.md.
 *
 * @param channel {@code in-app} (the default: nothing leaves the machine), {@code smtp} or {@code notify}
 * @param linkBaseUrl how recipients reach Hearth (e.g. https://hearth.example.gov.uk); blank: the public base URL
 *        of {@code hearth.security.public-base-url}, else http://localhost:8080
 * @param maxAttempts attempts before a message is dead-lettered
 * @param backoff the wait after the first failed attempt; it doubles after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param poll how often the worker looks for messages due; 0 stops the worker (tests drive it themselves)
 * @param batch the most messages one round of the worker sends
 */
@ConfigurationProperties("hearth.notifications")
public record NotificationSettings(@DefaultValue("in-app") String channel, @DefaultValue("") String linkBaseUrl,
        @DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("5s") Duration poll,
        @DefaultValue("200") int batch, @DefaultValue Smtp smtp, @Name("notify") @DefaultValue Notify notifyService) {

    /**
     * SMTP: host, port, user name and password (blank: no authentication), STARTTLS (required when true), the
     * sender's address, and the connection and read timeouts.
     */
    public record Smtp(@DefaultValue("") String host, @DefaultValue("25") int port, @DefaultValue("") String username,
            @DefaultValue("") String password, @DefaultValue("true") boolean starttls,
            @DefaultValue("hearth@localhost") String from, @DefaultValue("10s") Duration timeout) {
    }

    /**
     * GOV.UK Notify: the API key (from Notify's API integration page), the e-mail template's id (a template with
     * the placeholders {@code ((partnership))} and {@code ((link))}), and the API's base URL (blank: Notify's own).
     */
    public record Notify(@DefaultValue("") String apiKey, @DefaultValue("") String templateId,
            @DefaultValue("") String baseUrl) {
    }
}
