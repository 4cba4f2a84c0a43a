package org.hearth.notifications.internal;

import java.util.Map;
import uk.gov.service.notify.NotificationClient;

/**
 * Sends through GOV.UK Notify with its official client: the template's {@code ((partnership))} and
 * {@code ((link))} are filled in, and the message's id is Notify's reference.
 */
public class NotifyChannel implements Channel {

    private final NotificationClient client;
    private final String templateId;

    public NotifyChannel(NotificationSettings.Notify notify) {
        if (notify.apiKey().isBlank() || notify.templateId().isBlank()) {
            throw new IllegalStateException(
                    "hearth.notifications.notify.api-key and template-id must be set for the notify channel");
        }
        this.client = notify.baseUrl().isBlank() ? new NotificationClient(notify.apiKey())
                : new NotificationClient(notify.apiKey(), notify.baseUrl());
        this.templateId = notify.templateId();
    }

    @Override
    public String name() {
        return "notify";
    }

    @Override
    public void send(Envelope envelope) throws Exception {
        client.sendEmail(templateId, envelope.address(),
                Map.of("partnership", envelope.partnership(), "link", envelope.link()), envelope.messageId());
    }
}
