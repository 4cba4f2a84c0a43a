package org.hearth.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.platform.web.DateParts;
import org.hearth.platform.web.FormErrors;
import org.hearth.workforce.Attendance;
import org.hearth.workforce.TrainingAudience;
import org.springframework.validation.BindingResult;

/**
 * Recording a training session, as typed: strings only, so nothing fails to bind. Attendance is two numbers per
 * group ({@code frontLine[HOUSING]}, {@code managerial[HOUSING]}), blank meaning none.
 */
public class TrainingForm {

    static final int MOST = 10_000;

    private String title = "";
    private DateParts deliveredOn = new DateParts();
    private String provider = "";
    private Map<String, String> frontLine = new LinkedHashMap<>();
    private Map<String, String> managerial = new LinkedHashMap<>();

    /** What was typed, checked: the session's details, or null with errors against the fields. */
    Valid validate(BindingResult result, LocalDate today) {
        if (title == null || title.isBlank()) {
            result.rejectValue("title", "required", "Enter the title of the training");
        } else if (title.length() > 200) {
            result.rejectValue("title", "size", "Title must be 200 characters or fewer");
        }
        LocalDate on = FormErrors.pastDate(result, "deliveredOn", deliveredOn, today,
                "Enter the date the training was delivered",
                "The date must be today or in the past: record training once delivered");
        if (provider != null && provider.length() > 200) {
            result.rejectValue("provider", "size", "Who delivered it must be 200 characters or fewer");
        }
        List<Attendance> attendance = new ArrayList<>();
        boolean numbersOk = true;
        for (TrainingAudience group : TrainingAudience.values()) {
            Integer front = number(result, "frontLine", frontLine, group, "front-line");
            Integer managers = number(result, "managerial", managerial, group, "managerial");
            if (front == null || managers == null) {
                numbersOk = false;
            } else if (front + managers > 0) {
                attendance.add(new Attendance(group, front, managers));
            }
        }
        if (numbersOk && attendance.isEmpty()) {
            result.rejectValue("frontLine[" + TrainingAudience.HOUSING.name() + "]", "none",
                    "Enter how many staff attended from at least one group");
        }
        return result.hasErrors() ? null : new Valid(title.trim(), on, provider, attendance);
    }

    record Valid(String title, LocalDate deliveredOn, String provider, List<Attendance> attendance) {
    }

    private static Integer number(BindingResult result, String field, Map<String, String> values,
            TrainingAudience group, String kind) {
        String text = values.getOrDefault(group.name(), "");
        text = text == null ? "" : text.trim();
        if (text.isEmpty()) {
            return 0;
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > MOST) {
            result.rejectValue(field + "[" + group.name() + "]", "number", "Enter the number of " + kind + " "
                    + group.label().toLowerCase(java.util.Locale.UK) + " staff as a whole number from 0 to 10,000");
            return null;
        }
        return Integer.parseInt(text);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DateParts getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(DateParts deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Map<String, String> getFrontLine() {
        return frontLine;
    }

    public void setFrontLine(Map<String, String> frontLine) {
        this.frontLine = frontLine;
    }

    public Map<String, String> getManagerial() {
        return managerial;
    }

    public void setManagerial(Map<String, String> managerial) {
        this.managerial = managerial;
    }
}
