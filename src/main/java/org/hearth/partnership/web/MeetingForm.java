package org.hearth.partnership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.MeetingDetails;
import org.hearth.partnership.MemberId;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.Presence;
import org.hearth.partnership.Representative;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * A meeting as typed: the date, minutes and decisions, and a presence per member agency ({@code agency[<id>]},
 * required) and per named representative ({@code member[<id>]}, blank meaning not recorded).
 */
public class MeetingForm {

    private DateParts heldOn = new DateParts();
    private String minutes = "";
    private String decisions = "";
    private Map<String, String> agency = new LinkedHashMap<>();
    private Map<String, String> member = new LinkedHashMap<>();

    /** The form's fields in page order, for the error summary. */
    static List<String> fields(PartnershipGroup group) {
        List<String> fields = new ArrayList<>(List.of("heldOn", "minutes", "decisions"));
        group.agencies().forEach(a -> fields.add("agency[" + a + "]"));
        group.members().forEach(m -> fields.add("member[" + m.id() + "]"));
        return fields;
    }

    MeetingDetails validate(BindingResult result, PartnershipGroup group, LocalDate today,
            Map<AgencyId, String> agencyNames) {
        LocalDate on = FormErrors.pastDate(result, "heldOn", heldOn, today, "Enter the date the meeting was held",
                "The date must be today or in the past: record a meeting once held");
        if (minutes != null && minutes.length() > 50_000) {
            result.rejectValue("minutes", "size", "Agenda and minutes must be 50,000 characters or fewer");
        }
        if (decisions != null && decisions.length() > 50_000) {
            result.rejectValue("decisions", "size", "Decisions and actions must be 50,000 characters or fewer");
        }
        if (group.agencies().isEmpty()) {
            result.reject("noAgencies", "Add the group’s member agencies before recording a meeting");
        }
        Map<AgencyId, Presence> agencies = new LinkedHashMap<>();
        for (AgencyId a : group.agencies()) {
            Presence p = presence(agency.get(a.toString()));
            if (p == null) {
                result.rejectValue("agency[" + a + "]", "required", "Select whether "
                        + agencyNames.getOrDefault(a, "the agency") + " attended, sent apologies or was absent");
            } else {
                agencies.put(a, p);
            }
        }
        Map<MemberId, Presence> members = new LinkedHashMap<>();
        for (Representative r : group.members()) {
            String text = member.get(r.id().toString());
            if (text == null || text.isBlank()) {
                continue;
            }
            Presence p = presence(text);
            if (p == null) {
                result.rejectValue("member[" + r.id() + "]", "invalid", "Select how " + r.name()
                        + " was at the meeting, or leave it not recorded");
            } else {
                members.put(r.id(), p);
            }
        }
        return result.hasErrors() ? null : new MeetingDetails(on, minutes, decisions, agencies, members);
    }

    private static Presence presence(String text) {
        if (text == null) {
            return null;
        }
        for (Presence p : Presence.values()) {
            if (p.name().equals(text)) {
                return p;
            }
        }
        return null;
    }

    public DateParts getHeldOn() { return heldOn; }
    public void setHeldOn(DateParts heldOn) { this.heldOn = heldOn; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public Map<String, String> getAgency() { return agency; }
    public void setAgency(Map<String, String> agency) { this.agency = agency; }
    public Map<String, String> getMember() { return member; }
    public void setMember(Map<String, String> member) { this.member = member; }
}
