/**
 * Retention and erasure of person records (UK GDPR storage limitation and the right to erasure, DPA 2018). The
 * retention schedule per record type as data ({@link org.hearth.retention.RecordType}: adults, children, people in a
 * death review), kept by coordinators and administrators; the review list of records past their date, computed from
 * every module's involvement dates through {@code people.PersonDataHolder}, with automatic holds (open MARAC or
 * casework case, ongoing death review...) and holds a coordinator places with a reason; and a coordinator's approval,
 * which erases the person everywhere through {@code people.PersonErasure}, leaving a tombstone. Coordinators see Hearth
 * ids, record types, dates and hold reasons, never a name. See docs/retention.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.hearth.retention;
