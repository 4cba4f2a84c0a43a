package org.hearth.housing.internal;

import java.time.LocalDate;
import java.util.List;
import org.hearth.platform.Dates;
import org.hearth.strategy.Bvpi225Evidence;
import org.hearth.strategy.Bvpi225Proposal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * BVPI 225 item 7, "a sanctuary type scheme launched and promoted": proposed yes when the scheme was at work in the
 * 12 months to the day (a referral made or a measure fitted), no otherwise. Hearth cannot see the promotion itself:
 * the reasoning says so, and the coordinator confirms it with evidence.
 */
@Component
class SanctuaryEvidence implements Bvpi225Evidence {

    private final JdbcClient jdbc;

    SanctuaryEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Bvpi225Proposal propose(LocalDate today) {
        LocalDate from = today.minusYears(1).plusDays(1);
        long referrals = jdbc.sql("SELECT count(*) FROM sanctuary_referral WHERE referred_on BETWEEN ? AND ?")
                .params(from, today).query(Long.class).single();
        long fitted = jdbc.sql("SELECT count(*) FROM sanctuary_job WHERE NOT cancelled AND fitted_on BETWEEN ? AND ?")
                .params(from, today).query(Long.class).single();
        String working = referrals + (referrals == 1 ? " sanctuary referral" : " sanctuary referrals") + " and "
                + fitted + (fitted == 1 ? " measure" : " measures") + " fitted from " + Dates.day(from) + " to "
                + Dates.day(today);
        boolean active = referrals > 0 || fitted > 0;
        return new Bvpi225Proposal(7, active, active
                ? "Yes: the sanctuary scheme is running (referrals and works recorded in Hearth in the last 12 months). "
                        + "Hearth cannot see how it is promoted: keep the evidence of that with the answer."
                : "No: Hearth holds no sanctuary referral or works in the last 12 months.", List.of(working));
    }
}
