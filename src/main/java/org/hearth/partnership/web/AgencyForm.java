package org.hearth.partnership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.Sector;

/** The add and change agency form, as typed. {@code area} is empty for an agency covering the whole partnership. */
public class AgencyForm {

    @NotBlank(message = "Enter the agency's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    @NotNull(message = "Select the agency's sector")
    private Sector sector;

    @NotNull(message = "Select whether the agency is statutory or voluntary")
    private Boolean statutory;

    private UUID area;

    private boolean active = true;

    static AgencyForm of(Agency agency) {
        AgencyForm form = new AgencyForm();
        form.name = agency.name();
        form.sector = agency.sector();
        form.statutory = agency.statutory();
        form.area = agency.area() == null ? null : agency.area().value();
        form.active = agency.active();
        return form;
    }

    AgencyDetails details() {
        return new AgencyDetails(name.trim(), sector, statutory, area == null ? null : new AreaId(area), active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Boolean getStatutory() {
        return statutory;
    }

    public void setStatutory(Boolean statutory) {
        this.statutory = statutory;
    }

    public UUID getArea() {
        return area;
    }

    public void setArea(UUID area) {
        this.area = area;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
