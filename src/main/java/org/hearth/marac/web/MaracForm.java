package org.hearth.marac.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hearth.access.StaffUserId;
import org.hearth.marac.Marac;
import org.hearth.marac.MaracDetails;
import org.hearth.marac.Member;
import org.hearth.marac.Schedule;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.AreaId;
import org.springframework.validation.BindingResult;

/** The MARAC form: as typed, so a refused form shows what was entered. Rows of members: {@link #ROWS} at most. */
public class MaracForm {

    static final int ROWS = 12;

    private String name;
    private List<String> areas = new ArrayList<>();
    private String schedule;
    private String chair;
    private String coordinator;
    private String capacity = String.valueOf(Marac.DEFAULT_CAPACITY);
    private List<MemberRow> members = new ArrayList<>();

    public MaracForm() {
        pad();
    }

    static MaracForm of(Marac m) {
        MaracForm f = new MaracForm();
        f.members.clear();
        f.name = m.name();
        f.areas = new ArrayList<>(m.areas().stream().map(Object::toString).toList());
        f.schedule = m.schedule().name();
        f.chair = m.chair().toString();
        f.coordinator = m.coordinator().toString();
        f.capacity = String.valueOf(m.capacity());
        for (Member x : m.members()) {
            MemberRow r = new MemberRow();
            r.setAgency(x.agency().toString());
            r.setRepresentative(x.representative().toString());
            r.setDeputy(x.deputy() == null ? null : x.deputy().toString());
            f.members.add(r);
        }
        f.pad();
        return f;
    }

    /** Fills the member rows up to {@link #ROWS} with empty ones. */
    void pad() {
        while (members.size() < ROWS) {
            members.add(new MemberRow());
        }
    }

    /** The details, with rows left empty dropped; problems of form (not a number, not an id) go to {@code result}. */
    MaracDetails details(BindingResult result) {
        Integer cap = null;
        try {
            cap = Integer.valueOf(capacity == null ? "" : capacity.strip());
        } catch (NumberFormatException e) {
            result.rejectValue("capacity", "invalid", "Capacity must be a number of cases from 1 to 100");
        }
        List<Member> list = new ArrayList<>();
        rowOf.clear();
        for (int i = 0; i < members.size(); i++) {
            MemberRow r = members.get(i);
            if (blank(r.getAgency()) && blank(r.getRepresentative()) && blank(r.getDeputy())) {
                continue;
            }
            if (blank(r.getAgency())) {
                result.rejectValue("members[" + i + "].agency", "required", "Choose a member agency");
                continue;
            }
            if (blank(r.getRepresentative())) {
                result.rejectValue("members[" + i + "].representative", "required", "Choose the agency's representative");
                continue;
            }
            rowOf.add(i);
            list.add(new Member(new AgencyId(uuid(r.getAgency())), new StaffUserId(uuid(r.getRepresentative())),
                    blank(r.getDeputy()) ? null : new StaffUserId(uuid(r.getDeputy()))));
        }
        Schedule s = null;
        try {
            s = blank(schedule) ? null : Schedule.valueOf(schedule);
        } catch (IllegalArgumentException e) {
            s = null;
        }
        return new MaracDetails(name, areas == null ? List.of() : areas.stream().filter(a -> !blank(a))
                .map(a -> new AreaId(uuid(a))).toList(), s,
                blank(chair) ? null : new StaffUserId(uuid(chair)),
                blank(coordinator) ? null : new StaffUserId(uuid(coordinator)), cap == null ? 0 : cap, list);
    }

    /** The form row of each member passed on by {@link #details} (rows left empty are dropped). */
    private final List<Integer> rowOf = new ArrayList<>();

    /** A field named by the checks of the details ({@code members[k].agency}) as the form names it. */
    String formField(String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^members\\[(\\d+)](.*)$").matcher(key);
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            return k < rowOf.size() ? "members[" + rowOf.get(k) + "]" + m.group(2) : key;
        }
        return key;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** An id from a select; a made-up value becomes an id of nothing, which the checks refuse. */
    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    /** One member agency row. */
    public static class MemberRow {
        private String agency;
        private String representative;
        private String deputy;

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public String getRepresentative() {
            return representative;
        }

        public void setRepresentative(String representative) {
            this.representative = representative;
        }

        public String getDeputy() {
            return deputy;
        }

        public void setDeputy(String deputy) {
            this.deputy = deputy;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public void setCoordinator(String coordinator) {
        this.coordinator = coordinator;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }
}
