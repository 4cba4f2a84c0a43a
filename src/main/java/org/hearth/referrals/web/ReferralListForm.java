package org.hearth.referrals.web;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.hearth.platform.web.DateParts;
import org.hearth.referrals.ReferralRegister.Filter;
import org.hearth.referrals.ReferralRegister.State;
import org.hearth.referrals.TriageOutcome;
import org.springframework.validation.BindingResult;

/** The referral list's filters, sent as a GET query; the dates as GOV.UK day, month and year boxes. */
public class ReferralListForm {

    private State state;
    private TriageOutcome outcome;
    private UUID agency;
    private UUID area;
    private DateParts from = new DateParts();
    private DateParts to = new DateParts();

    /** The filter, or null with field errors when a date is not a real date or the dates are the wrong way round. */
    Filter filter(BindingResult errors) {
        LocalDate start = date(from, "from", "Received from", errors);
        LocalDate end = date(to, "to", "Received to", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("to", "order", "Received to must be the same as or after received from");
        }
        return errors.hasErrors() ? null : new Filter(state, outcome, agency == null ? null : new AgencyId(agency),
                area == null ? null : new AreaId(area), start, end);
    }

    private static LocalDate date(DateParts parts, String field, String label, BindingResult errors) {
        if (parts == null || parts.blank()) {
            return null;
        }
        return parts.toDate().orElseGet(() -> {
            errors.rejectValue(field, "invalid", label + " must be a real date, for example 27 3 2026");
            return null;
        });
    }

    /** The query string of these filters, for the pages' links. */
    String query() {
        StringBuilder q = new StringBuilder();
        append(q, "state", state == null ? null : state.name());
        append(q, "outcome", outcome == null ? null : outcome.name());
        append(q, "agency", agency == null ? null : agency.toString());
        append(q, "area", area == null ? null : area.toString());
        for (String[] part : new String[][] {{"from", from.getDay(), from.getMonth(), from.getYear()},
                {"to", to.getDay(), to.getMonth(), to.getYear()}}) {
            append(q, part[0] + ".day", part[1]);
            append(q, part[0] + ".month", part[2]);
            append(q, part[0] + ".year", part[3]);
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public State getState() { return state; }
    public void setState(State v) { state = v; }
    public TriageOutcome getOutcome() { return outcome; }
    public void setOutcome(TriageOutcome v) { outcome = v; }
    public UUID getAgency() { return agency; }
    public void setAgency(UUID v) { agency = v; }
    public UUID getArea() { return area; }
    public void setArea(UUID v) { area = v; }
    public DateParts getFrom() { return from; }
    public void setFrom(DateParts v) { from = v; }
    public DateParts getTo() { return to; }
    public void setTo(DateParts v) { to = v; }
}
