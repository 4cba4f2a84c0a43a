package org.hearth.referrals.internal;

import java.util.ArrayList;
import java.util.List;
import org.hearth.people.PersonFlag;
import org.hearth.people.PersonFlagSource;
import org.hearth.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flags from referrals, shown wherever a person appears: repeat victim (two or more referrals naming them as
 * victim in the last 12 months) and serial perpetrator (named as causing harm to two or more victims).
 */
@Component
class ReferralFlags implements PersonFlagSource {

    private final JdbcClient jdbc;

    ReferralFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonFlag> flagsFor(PersonId person) {
        List<PersonFlag> flags = new ArrayList<>();
        int recent = jdbc.sql("SELECT count(*) FROM referral WHERE victim_id = ? AND received_on > current_date - 365")
                .param(person.value()).query(Integer.class).single();
        if (recent >= 2) {
            flags.add(new PersonFlag("Repeat victim", "red", recent + " referrals in the last 12 months"));
        }
        int victims = jdbc.sql("""
                SELECT count(DISTINCT r.victim_id) FROM referral_perpetrator rp JOIN referral r ON r.id = rp.referral_id
                WHERE rp.person_id = ?""").param(person.value()).query(Integer.class).single();
        if (victims >= 2) {
            flags.add(new PersonFlag("Serial perpetrator", "red", "Named as causing harm to " + victims + " victims"));
        }
        return flags;
    }
}
