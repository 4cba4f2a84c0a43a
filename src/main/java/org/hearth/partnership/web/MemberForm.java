package org.hearth.partnership.web;

import java.util.List;
import java.util.Set;
import org.hearth.partnership.AgencyId;
import org.springframework.validation.BindingResult;

/** A named representative as typed: name, role and the agency they represent. */
public class MemberForm {

    static final List<String> FIELDS = List.of("name", "role", "agency");

    private String name = "";
    private String role = "";
    private String agency = "";

    /** The agency chosen, or null with errors against the fields. */
    AgencyId validate(BindingResult result, Set<AgencyId> agencies) {
        if (name == null || name.isBlank()) {
            result.rejectValue("name", "required", "Enter the representative’s name");
        } else if (name.length() > 200) {
            result.rejectValue("name", "size", "Name must be 200 characters or fewer");
        }
        if (role != null && role.length() > 200) {
            result.rejectValue("role", "size", "Role must be 200 characters or fewer");
        }
        AgencyId id = agency == null ? null
                : GroupForm.uuid(agency).map(AgencyId::new).filter(agencies::contains).orElse(null);
        if (id == null) {
            result.rejectValue("agency", "required", "Select the agency they represent");
        }
        return result.hasErrors() ? null : id;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
}
