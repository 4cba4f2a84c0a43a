package org.hearth.services.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.platform.web.DateParts;
import org.hearth.services.HowToGetHelp;
import org.hearth.services.ListedService;
import org.hearth.services.Need;
import org.hearth.services.ServiceDetails;
import org.hearth.services.ServiceKind;
import org.springframework.validation.BindingResult;

/**
 * The add and change service form, as typed. Every field is a string (or list of strings), so nothing a browser
 * sends fails to bind; {@link #validate} turns it into {@link ServiceDetails} or field errors.
 */
public class ServiceForm {

    /** The area checkbox meaning "the whole partnership". */
    static final String ALL_AREAS = "ALL";
    /** Fields in the order of the form, for the error summary. */
    static final List<String> FIELDS = List.of("name", "providerAgency", "providerName", "kind", "areas", "needs",
            "languages", "openingTimes", "phone", "textNumber", "email", "website", "walkInAddress", "refugePlaces",
            "description", "accessibility", "lastReviewed");

    private static final Pattern PHONE = Pattern.compile("[0-9+() ]{3,25}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

    private String name = "";
    private String providerAgency = "";
    private String providerName = "";
    private String kind = "";
    private List<String> areas = new ArrayList<>();
    private List<String> needs = new ArrayList<>();
    private String languages = "";
    private String openingTimes = "";
    private String phone = "";
    private String textNumber = "";
    private String email = "";
    private String website = "";
    private String walkInAddress = "";
    private String refugePlaces = "";
    private String description = "";
    private String accessibility = "";
    private DateParts lastReviewed = new DateParts();
    private boolean published;

    static ServiceForm blank(LocalDate today) {
        ServiceForm form = new ServiceForm();
        form.lastReviewed = DateParts.of(today);
        form.published = true;
        return form;
    }

    static ServiceForm of(ListedService s) {
        ServiceDetails d = s.details();
        ServiceForm form = new ServiceForm();
        form.name = d.name();
        form.providerAgency = d.providerAgency() == null ? "" : d.providerAgency().toString();
        form.providerName = orEmpty(d.providerName());
        form.kind = d.kind().name();
        form.areas = d.allAreas() ? new ArrayList<>(List.of(ALL_AREAS))
                : new ArrayList<>(d.areas().stream().map(AreaId::toString).toList());
        form.needs = new ArrayList<>(d.needs().stream().map(Need::name).toList());
        form.languages = String.join(", ", d.languages());
        form.openingTimes = orEmpty(d.openingTimes());
        HowToGetHelp help = d.help();
        form.phone = orEmpty(help.phone());
        form.textNumber = orEmpty(help.textNumber());
        form.email = orEmpty(help.email());
        form.website = orEmpty(help.website());
        form.walkInAddress = orEmpty(help.walkInAddress());
        form.refugePlaces = d.refugePlaces() == null ? "" : String.valueOf(d.refugePlaces());
        form.description = orEmpty(d.description());
        form.accessibility = orEmpty(d.accessibility());
        form.lastReviewed = DateParts.of(d.lastReviewed());
        form.published = d.published();
        return form;
    }

    /** The details, or null with the problems recorded against their fields. */
    ServiceDetails validate(BindingResult result, List<Area> knownAreas, List<Agency> agencies, LocalDate today) {
        String n = text(name);
        if (n == null) {
            result.rejectValue("name", "required", "Enter the service's name");
        } else if (n.length() > 200) {
            result.rejectValue("name", "long", "Name must be 200 characters or fewer");
        }
        AgencyId agency = null;
        if (text(providerAgency) != null) {
            agency = agencies.stream().map(Agency::id).filter(a -> a.toString().equals(providerAgency.trim()))
                    .findFirst().orElse(null);
            if (agency == null) {
                result.rejectValue("providerAgency", "unknown", "Select a provider from the list");
            }
        }
        String provider = text(providerName);
        if (agency != null && provider != null) {
            result.rejectValue("providerName", "both",
                    "Select a member agency or enter the provider's name, not both");
        } else if (agency == null && provider == null && !result.hasFieldErrors("providerAgency")) {
            result.rejectValue("providerAgency", "required",
                    "Select the member agency that runs the service, or enter the provider's name");
        } else if (provider != null && provider.length() > 200) {
            result.rejectValue("providerName", "long", "Provider's name must be 200 characters or fewer");
        }
        ServiceKind k = Arrays.stream(ServiceKind.values()).filter(v -> v.name().equals(kind)).findFirst().orElse(null);
        if (k == null) {
            result.rejectValue("kind", "required", "Select the kind of service");
        }
        boolean all = areas.contains(ALL_AREAS);
        Set<AreaId> served = new LinkedHashSet<>();
        for (String a : areas) {
            if (a.equals(ALL_AREAS)) {
                continue;
            }
            knownAreas.stream().map(Area::id).filter(id -> id.toString().equals(a)).findFirst()
                    .ifPresentOrElse(served::add, () -> {
                        if (!result.hasFieldErrors("areas")) {
                            result.rejectValue("areas", "unknown", "Select areas from the list");
                        }
                    });
        }
        if (!result.hasFieldErrors("areas")) {
            if (all && !served.isEmpty()) {
                result.rejectValue("areas", "both", "Select all areas, or the areas the service covers, not both");
            } else if (!all && served.isEmpty()) {
                result.rejectValue("areas", "required", "Select the areas the service covers");
            }
        }
        Set<Need> met = EnumSet.noneOf(Need.class);
        for (String v : needs) {
            Arrays.stream(Need.values()).filter(x -> x.name().equals(v)).findFirst().ifPresentOrElse(met::add, () -> {
                if (!result.hasFieldErrors("needs")) {
                    result.rejectValue("needs", "unknown", "Select who the service is for from the list");
                }
            });
        }
        List<String> spoken = new ArrayList<>();
        for (String l : languages.split("[,;\\n]")) {
            String language = l.trim();
            if (!language.isEmpty() && spoken.stream().noneMatch(x -> x.equalsIgnoreCase(language))) {
                spoken.add(language.substring(0, 1).toUpperCase(Locale.UK) + language.substring(1));
            }
        }
        if (spoken.stream().anyMatch(l -> l.length() > 50) || spoken.size() > 40) {
            result.rejectValue("languages", "long", "Enter languages separated by commas, each 50 characters or fewer");
        }
        tooLong(result, "openingTimes", openingTimes, 1000, "Opening times");
        String ph = contact(result, "phone", phone, PHONE, "Enter a phone number, like 0300 000 0000");
        String tx = contact(result, "textNumber", textNumber, PHONE, "Enter a number to text, like 07700 900000");
        String em = contact(result, "email", email, EMAIL, "Enter an email address, like help@example.org");
        String web = contact(result, "website", website, WEBSITE,
                "Enter the website's full address, starting https://");
        String address = text(walkInAddress);
        tooLong(result, "walkInAddress", walkInAddress, 500, "The walk-in address");
        Integer places = null;
        if (text(refugePlaces) != null) {
            try {
                places = Integer.valueOf(refugePlaces.trim());
                if (places < 0 || places > 1000) {
                    result.rejectValue("refugePlaces", "range", "Refuge places must be a number from 0 to 1000");
                }
            } catch (NumberFormatException e) {
                result.rejectValue("refugePlaces", "number", "Refuge places must be a number, like 12");
            }
        }
        if (k == ServiceKind.REFUGE) {
            // a refuge is listed with a phone number only, so nothing on the page can lead to it
            if (ph == null && !result.hasFieldErrors("phone")) {
                result.rejectValue("phone", "required", "Enter the refuge's phone number");
            }
            if (tx != null) {
                result.rejectValue("textNumber", "refuge", "A refuge is listed with a phone number only: remove the text number");
            }
            if (em != null) {
                result.rejectValue("email", "refuge", "A refuge is listed with a phone number only: remove the email address");
            }
            if (web != null) {
                result.rejectValue("website", "refuge", "A refuge is listed with a phone number only: remove the website");
            }
            if (address != null) {
                result.rejectValue("walkInAddress", "refuge", "Never give a refuge's address: remove it");
            }
            if (text(refugePlaces) == null) {
                result.rejectValue("refugePlaces", "required", "Enter the number of refuge places");
            }
        } else {
            if (text(refugePlaces) != null && !result.hasFieldErrors("refugePlaces")) {
                result.rejectValue("refugePlaces", "notRefuge", "Only a refuge has refuge places: leave this empty");
            }
            if (k != null && ph == null && tx == null && em == null && web == null && address == null
                    && !result.hasFieldErrors("phone") && !result.hasFieldErrors("textNumber")
                    && !result.hasFieldErrors("email") && !result.hasFieldErrors("website")) {
                result.rejectValue("phone", "required", "Enter at least one way to get help: a phone number, a number "
                        + "to text, an email address, a website or a walk-in address");
            }
        }
        tooLong(result, "description", description, 4000, "The description");
        tooLong(result, "accessibility", accessibility, 1000, "Accessibility");
        LocalDate reviewed = null;
        if (lastReviewed == null || lastReviewed.blank()) {
            result.rejectValue("lastReviewed", "required", "Enter the date the entry was last reviewed");
        } else {
            reviewed = lastReviewed.toDate().orElse(null);
            if (reviewed == null) {
                result.rejectValue("lastReviewed", "invalid", "Date last reviewed must be a real date, like 27 3 2026");
            } else if (reviewed.isAfter(today)) {
                result.rejectValue("lastReviewed", "future", "Date last reviewed must be today or in the past");
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new ServiceDetails(n, agency, agency == null ? provider : null, k, all, served, met, spoken,
                text(openingTimes), new HowToGetHelp(ph, tx, em, web, address), text(description), text(accessibility),
                k == ServiceKind.REFUGE ? places : null, reviewed, published);
    }

    private static void tooLong(BindingResult result, String field, String value, int max, String label) {
        if (value != null && value.trim().length() > max && !result.hasFieldErrors(field)) {
            result.rejectValue(field, "long", label + " must be " + max + " characters or fewer");
        }
    }

    private static String contact(BindingResult result, String field, String value, Pattern pattern, String message) {
        String v = text(value);
        if (v != null && (v.length() > 200 || !pattern.matcher(v).matches())) {
            result.rejectValue(field, "invalid", message);
            return null;
        }
        return v;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v == null ? "" : v; }
    public String getProviderAgency() { return providerAgency; }
    public void setProviderAgency(String v) { providerAgency = v == null ? "" : v; }
    public String getProviderName() { return providerName; }
    public void setProviderName(String v) { providerName = v == null ? "" : v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v == null ? "" : v; }
    public List<String> getAreas() { return areas; }
    public void setAreas(List<String> v) { areas = v == null ? new ArrayList<>() : v; }
    public List<String> getNeeds() { return needs; }
    public void setNeeds(List<String> v) { needs = v == null ? new ArrayList<>() : v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v == null ? "" : v; }
    public String getOpeningTimes() { return openingTimes; }
    public void setOpeningTimes(String v) { openingTimes = v == null ? "" : v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v == null ? "" : v; }
    public String getTextNumber() { return textNumber; }
    public void setTextNumber(String v) { textNumber = v == null ? "" : v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v == null ? "" : v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v == null ? "" : v; }
    public String getWalkInAddress() { return walkInAddress; }
    public void setWalkInAddress(String v) { walkInAddress = v == null ? "" : v; }
    public String getRefugePlaces() { return refugePlaces; }
    public void setRefugePlaces(String v) { refugePlaces = v == null ? "" : v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v == null ? "" : v; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String v) { accessibility = v == null ? "" : v; }
    public DateParts getLastReviewed() { return lastReviewed; }
    public void setLastReviewed(DateParts v) { lastReviewed = v == null ? new DateParts() : v; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean v) { published = v; }
}
