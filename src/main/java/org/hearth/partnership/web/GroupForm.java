package org.hearth.partnership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.GroupDetails;
import org.hearth.partnership.GroupId;
import org.hearth.partnership.GroupKind;
import org.hearth.partnership.PartnershipGroup;
import org.hearth.partnership.TermsOfReference;
import org.hearth.platform.web.DateParts;
import org.springframework.validation.BindingResult;

/** A group as typed: strings only, so nothing fails to bind; {@link #validate} turns it into details or errors. */
public class GroupForm {

    static final List<String> FIELDS = List.of("name", "kind", "parent", "chair", "purpose", "remit", "frequency",
            "quorum", "reviewOn", "agencies", "active");

    private String name = "";
    private String kind = "";
    private String parent = "";
    private String chair = "";
    private String purpose = "";
    private String remit = "";
    private String frequency = "";
    private String quorum = "";
    private DateParts reviewOn = new DateParts();
    private List<String> agencies = new ArrayList<>();
    private String active = "true";

    static GroupForm of(PartnershipGroup g) {
        GroupForm f = new GroupForm();
        f.name = g.name();
        f.kind = g.kind().name();
        f.parent = g.parent() == null ? "" : g.parent().toString();
        f.chair = nz(g.chair());
        f.purpose = nz(g.terms().purpose());
        f.remit = nz(g.terms().remit());
        f.frequency = nz(g.terms().frequency());
        f.quorum = nz(g.terms().quorum());
        f.reviewOn = g.terms().reviewOn() == null ? new DateParts() : DateParts.of(g.terms().reviewOn());
        f.agencies = new ArrayList<>(g.agencies().stream().map(AgencyId::toString).toList());
        f.active = String.valueOf(g.active());
        return f;
    }

    /** The details, or null with errors against the fields. {@code groups} and {@code agencyIds} are the choices. */
    GroupDetails validate(BindingResult result, Set<GroupId> groups, Set<AgencyId> agencyIds) {
        if (name == null || name.isBlank()) {
            result.rejectValue("name", "required", "Enter the group’s name");
        } else if (name.length() > 200) {
            result.rejectValue("name", "size", "Name must be 200 characters or fewer");
        }
        GroupKind k = null;
        try {
            k = kind == null || kind.isBlank() ? null : GroupKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            k = null;
        }
        if (k == null) {
            result.rejectValue("kind", "required", "Select what kind of group it is");
        }
        GroupId p = null;
        if (parent != null && !parent.isBlank()) {
            p = uuid(parent).map(GroupId::new).filter(groups::contains).orElse(null);
            if (p == null) {
                result.rejectValue("parent", "invalid", "Select a group it reports to from the list, or none");
            }
        }
        size(result, "chair", chair, 200, "Chair");
        size(result, "purpose", purpose, 50_000, "Purpose");
        size(result, "remit", remit, 50_000, "Remit");
        size(result, "frequency", frequency, 200, "How often it meets");
        size(result, "quorum", quorum, 200, "Quorum");
        LocalDate review = null;
        if (reviewOn != null && !reviewOn.blank()) {
            review = reviewOn.toDate().orElse(null);
            if (review == null) {
                result.rejectValue("reviewOn", "invalid", "The review date must be a real date, for example 1 4 2027");
            }
        }
        List<AgencyId> chosen = new ArrayList<>();
        for (String a : agencies == null ? List.<String>of() : agencies) {
            Optional<AgencyId> id = uuid(a).map(AgencyId::new).filter(agencyIds::contains);
            if (id.isEmpty()) {
                result.rejectValue("agencies", "invalid", "Select member agencies from the list");
                break;
            }
            chosen.add(id.get());
        }
        if (!"true".equals(active) && !"false".equals(active)) {
            result.rejectValue("active", "required", "Select whether the group is open or closed");
        }
        if (result.hasErrors()) {
            return null;
        }
        return new GroupDetails(name.trim(), k, p, chair, new TermsOfReference(purpose, remit, frequency, quorum,
                review), chosen, Boolean.parseBoolean(active));
    }

    private static void size(BindingResult result, String field, String value, int most, String label) {
        if (value != null && value.length() > most) {
            result.rejectValue(field, "size", label + " must be " + String.format("%,d", most) + " characters or fewer");
        }
    }

    static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getParent() { return parent; }
    public void setParent(String parent) { this.parent = parent; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getRemit() { return remit; }
    public void setRemit(String remit) { this.remit = remit; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getQuorum() { return quorum; }
    public void setQuorum(String quorum) { this.quorum = quorum; }
    public DateParts getReviewOn() { return reviewOn; }
    public void setReviewOn(DateParts reviewOn) { this.reviewOn = reviewOn; }
    public List<String> getAgencies() { return agencies; }
    public void setAgencies(List<String> agencies) { this.agencies = agencies; }
    public String getActive() { return active; }
    public void setActive(String active) { this.active = active; }
}
