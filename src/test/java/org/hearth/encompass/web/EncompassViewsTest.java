package org.hearth.encompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.encompass.EncompassNotification;
import org.hearth.encompass.GpNotification;
import org.hearth.encompass.GpPracticeId;
import org.hearth.encompass.SchoolId;
import org.hearth.platform.Dates;
import org.junit.jupiter.api.Test;

/** A key adult's list rows: a school's and a practice's notifications in one row shape (synthetic names). */
class EncompassViewsTest {

    private static final Instant SENT = Instant.parse("2026-03-27T08:15:00Z");

    @Test
    void aSchoolsNotificationNamesTheChildAndThePoliceForceAndSaysWhetherItWasAcknowledged() {
        EncompassViews.NotificationRow fresh = EncompassViews.row(school("Tilly Example", null));
        assertThat(fresh.name()).isEqualTo("Tilly Example");
        assertThat(fresh.about()).isEqualTo("Northfield Police");
        assertThat(fresh.received()).isEqualTo(Dates.dayAndTime(SENT));
        assertThat(fresh.status()).isEqualTo("New");
        assertThat(fresh.colour()).isEqualTo("blue");

        EncompassViews.NotificationRow read = EncompassViews.row(school(null, SENT.plusSeconds(3600)));
        assertThat(read.name()).isEqualTo("A child of your school");
        assertThat(read.status()).isEqualTo("Acknowledged");
        assertThat(read.colour()).isEqualTo("green");
    }

    @Test
    void aPracticesNotificationNamesThePatientAndTheirPart() {
        EncompassViews.NotificationRow fresh = EncompassViews.gpRow(practice("Sam Sample", "VICTIM", null));
        assertThat(fresh.name()).isEqualTo("Sam Sample");
        assertThat(fresh.about()).isEqualTo("Victim of domestic abuse");
        assertThat(fresh.received()).isEqualTo(Dates.dayAndTime(SENT));
        assertThat(fresh.status()).isEqualTo("New");
        assertThat(fresh.colour()).isEqualTo("blue");

        EncompassViews.NotificationRow read = EncompassViews.gpRow(practice(null, "PERPETRATOR", SENT));
        assertThat(read.name()).isEqualTo("A patient of your practice");
        assertThat(read.about()).isEqualTo("Person alleged to cause harm");
        assertThat(read.status()).isEqualTo("Acknowledged");
        assertThat(read.colour()).isEqualTo("green");
    }

    private static EncompassNotification school(String child, Instant acknowledgedAt) {
        return new EncompassNotification(UUID.randomUUID(), new SchoolId(UUID.randomUUID()), "Example Primary",
                "Northfield Police", "NF-2026-0001", LocalDate.of(2026, 3, 26), null, true, child,
                LocalDate.of(2018, 5, 1), "Synthetic incident", SENT, SENT.plusSeconds(86400), acknowledgedAt);
    }

    private static GpNotification practice(String patient, String part, Instant acknowledgedAt) {
        return new GpNotification(UUID.randomUUID(), new GpPracticeId(UUID.randomUUID()), "Example Surgery", part,
                "HUB", "HUB-2026-0001", patient, LocalDate.of(1990, 1, 1), LocalDate.of(2026, 3, 27),
                "Refer to an IDVA", "The hub coordinator", true, SENT, acknowledgedAt);
    }
}
