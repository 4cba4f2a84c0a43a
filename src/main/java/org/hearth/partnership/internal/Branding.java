package org.hearth.partnership.internal;

import java.time.Duration;
import java.time.Instant;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.PartnershipBranding;
import org.springframework.stereotype.Component;

/** The partnership's name for the page header, re-read at most once a minute. */
@Component
class Branding implements PartnershipBranding {

    private static final Duration FRESH = Duration.ofMinutes(1);
    private final Partnerships partnerships;
    private volatile String name;
    private volatile Instant readAt = Instant.MIN;

    Branding(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public String partnershipName() {
        if (name == null || readAt.plus(FRESH).isBefore(Instant.now())) {
            name = partnerships.current().map(Partnership::name).orElse("");
            readAt = Instant.now();
        }
        return name;
    }
}
