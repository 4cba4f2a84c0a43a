package org.hearth.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The services module's API: the directory of services and how up to date it is. */
public interface ServiceDirectory {

    /** Published services matching the query, by name. */
    List<ListedService> search(DirectoryQuery query);

    /** A published service, for the public page; empty when unknown or unpublished. */
    Optional<ListedService> published(ServiceId id);

    /** Every service, published or not, by name (for coordinators). */
    List<ListedService> all();

    Optional<ListedService> find(ServiceId id);

    /** The languages published services offer, for the search form. */
    List<String> languages();

    ListedService add(ServiceDetails details);

    ListedService update(ServiceId id, ServiceDetails details);

    /** Records that a coordinator checked the entry on {@code on}. */
    ListedService markReviewed(ServiceId id, LocalDate on);

    ListedService unpublish(ServiceId id);

    ListedService publish(ServiceId id);

    /** How up to date the published directory is today (BVPI 225 item 1: reviewed at least every two years). */
    ReviewSummary reviewSummary(LocalDate today);

    /** Today in the partnership's time zone, the day review status is judged by. */
    LocalDate today();
}
