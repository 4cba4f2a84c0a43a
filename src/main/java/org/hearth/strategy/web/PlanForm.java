package org.hearth.strategy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.platform.web.DateParts;
import org.hearth.strategy.StrategyInputException;
import org.springframework.validation.BindingResult;

/**
 * Every strategy form's fields, as typed (strings and date parts, so nothing fails to bind); each page uses the
 * fields it shows. The checks are the module's ({@link StrategyInputException}, whose field names these are); this
 * only turns typed text into values, an unreadable value into a field error.
 */
public class PlanForm {

    private String title = "";
    private DateParts startsOn = new DateParts();
    private DateParts endsOn = new DateParts();
    private DateParts adoptedOn = new DateParts();
    private String adoptedBy = "";
    private String name = "";
    private String theme = "";
    private String text = "";
    private String status = "";
    private DateParts on = new DateParts();
    private String note = "";
    private List<String> objectives = new ArrayList<>();
    private String area = "";
    private String description = "";
    private String owner = "";
    private DateParts dueOn = new DateParts();
    private String rag = "";
    private String fromAnswer = "";
    private String done = "";

    /** A date typed, or null: blank is left to the module's check, an unreal date is an error here. */
    static LocalDate date(BindingResult result, String field, DateParts parts) {
        if (parts == null || parts.blank()) {
            return null;
        }
        Optional<LocalDate> date = parts.toDate();
        if (date.isEmpty()) {
            result.rejectValue(field, "invalid", "The date must be a real date, for example 27 3 2026");
            return null;
        }
        return date.get();
    }

    /**
     * An id chosen, or null when blank; an id that is not one becomes a random id (which the module refuses as
     * unknown, so the field gets its message).
     */
    static <T> T id(String text, Function<UUID, T> make) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return make.apply(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return make.apply(UUID.randomUUID());
        }
    }

    /** The module's refusals against their fields (a field already in error keeps its first message). */
    /**
     * Refuses the form when a field could not be bound, such as text breaking the platform's input rule (it would
     * otherwise be saved as blank): the field keeps the binder's message.
     */
    static void refuseRejectedText(BindingResult result) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (org.springframework.validation.FieldError e : result.getFieldErrors()) {
            if (e.isBindingFailure()) {
                errors.putIfAbsent(e.getField(), e.getDefaultMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new StrategyInputException(errors);
        }
    }

    static void reject(BindingResult result, StrategyInputException e) {
        for (Map.Entry<String, String> error : e.errors().entrySet()) {
            if (!result.hasFieldErrors(error.getKey())) {
                result.rejectValue(error.getKey(), "invalid", error.getValue());
            }
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public DateParts getStartsOn() { return startsOn; }
    public void setStartsOn(DateParts startsOn) { this.startsOn = startsOn; }
    public DateParts getEndsOn() { return endsOn; }
    public void setEndsOn(DateParts endsOn) { this.endsOn = endsOn; }
    public DateParts getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(DateParts adoptedOn) { this.adoptedOn = adoptedOn; }
    public String getAdoptedBy() { return adoptedBy; }
    public void setAdoptedBy(String adoptedBy) { this.adoptedBy = adoptedBy; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public DateParts getOn() { return on; }
    public void setOn(DateParts on) { this.on = on; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<String> getObjectives() { return objectives; }
    public void setObjectives(List<String> objectives) { this.objectives = objectives; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public DateParts getDueOn() { return dueOn; }
    public void setDueOn(DateParts dueOn) { this.dueOn = dueOn; }
    public String getRag() { return rag; }
    public void setRag(String rag) { this.rag = rag; }
    public String getFromAnswer() { return fromAnswer; }
    public void setFromAnswer(String fromAnswer) { this.fromAnswer = fromAnswer; }
    public String getDone() { return done; }
    public void setDone(String done) { this.done = done; }

    /** The "mark as done" box was ticked. */
    public boolean markedDone() { return "yes".equals(done) || "true".equals(done); }
}
