package org.hearth.people.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hearth.people.Address;
import org.hearth.people.PersonId;
import org.hearth.people.SafeContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's address history and safe-contact rules, SQL only: named parameters, a mapper per row shape, no access
 * check and no audit (those are {@link PersonRecords}' and {@link PersonChanges}').
 */
@Component
class AddressStore {

    private final JdbcClient jdbc;

    AddressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Current addresses first, then the latest. */
    List<Address> addresses(PersonId id) {
        return jdbc.sql("""
                SELECT * FROM person_address WHERE person_id = :id
                ORDER BY coalesce(to_date, 'infinity') DESC, from_date DESC NULLS LAST, created_at DESC""")
                .param("id", id.value())
                .query((rs, n) -> new Address(rs.getObject("id", UUID.class), rs.getString("line1"), rs.getString("line2"),
                        rs.getString("town"), rs.getString("postcode"), PersonStore.localDate(rs.getDate("from_date")),
                        PersonStore.localDate(rs.getDate("to_date")), rs.getBoolean("confidential"),
                        rs.getBoolean("in_refuge"), rs.getString("refuge_service")))
                .list();
    }

    /**
     * Adds the address (as {@link PeopleRules#stored} keeps it) to the history, with the refuge stay it records if
     * any; a new current address closes the previous current one.
     */
    void insert(PersonId id, Address address, UUID refugeStay) {
        Address a = PeopleRules.stored(address);
        if (a.from() != null && a.to() == null) {
            jdbc.sql("""
                    UPDATE person_address SET to_date = :from
                    WHERE person_id = :id AND to_date IS NULL AND (from_date IS NULL OR from_date <= :from)""")
                    .param("from", Date.valueOf(a.from())).param("id", id.value()).update();
        }
        jdbc.sql("""
                INSERT INTO person_address (id, person_id, line1, line2, town, postcode, from_date, to_date,
                    confidential, in_refuge, refuge_service, refuge_stay_id)
                VALUES (:id, :person, :line1, :line2, :town, :postcode, :from, :to, :confidential, :refuge, :service,
                    :stay)""")
                .param("id", UUID.randomUUID()).param("person", id.value()).param("line1", a.line1())
                .param("line2", a.line2()).param("town", a.town()).param("postcode", a.postcode())
                .param("from", date(a.from())).param("to", date(a.to())).param("confidential", a.confidential())
                .param("refuge", a.inRefuge()).param("service", a.refugeService()).param("stay", refugeStay)
                .update();
    }

    /** Updates the entry of a stay in refuge (a move out ends it, never reopens it); whether there was one. */
    boolean updateRefugeStay(UUID stay, LocalDate movedIn, LocalDate movedOut, String service) {
        return jdbc.sql("""
                UPDATE person_address SET from_date = :in, to_date = coalesce(CAST(:out AS date), to_date),
                    refuge_service = :service
                WHERE refuge_stay_id = :stay""")
                .param("in", Date.valueOf(movedIn)).param("out", date(movedOut)).param("service", service)
                .param("stay", stay).update() > 0;
    }

    SafeContact safeContact(PersonId id) {
        return jdbc.sql("SELECT * FROM safe_contact WHERE person_id = :id").param("id", id.value())
                .query(SafeContact.class).optional().orElse(SafeContact.notYetAsked());
    }

    /** Records the rules; a safe number or address left blank keeps the one recorded. */
    void saveSafeContact(PersonId id, SafeContact r, UUID by) {
        jdbc.sql("""
                INSERT INTO safe_contact (person_id, call_ok, voicemail_ok, text_ok, post_ok, email_ok, safe_times,
                    safe_phone, safe_address, notes, updated_at, updated_by)
                VALUES (:id, :call, :vm, :text, :post, :email, :times, :phone, :address, :notes, now(), :by)
                ON CONFLICT (person_id) DO UPDATE SET call_ok = :call, voicemail_ok = :vm, text_ok = :text,
                    post_ok = :post, email_ok = :email, safe_times = :times,
                    safe_phone = coalesce(:phone, safe_contact.safe_phone),
                    safe_address = coalesce(:address, safe_contact.safe_address),
                    notes = :notes, updated_at = now(), updated_by = :by""")
                .param("id", id.value()).param("call", r.callOk()).param("vm", r.voicemailOk())
                .param("text", r.textOk()).param("post", r.postOk()).param("email", r.emailOk())
                .param("times", PeopleRules.blankToNull(r.safeTimes()))
                .param("phone", PeopleRules.blankToNull(r.safePhone()))
                .param("address", PeopleRules.blankToNull(r.safeAddress()))
                .param("notes", PeopleRules.blankToNull(r.notes())).param("by", by)
                .update();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
