package org.hearth.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.hearth.workforce.QualityMark;
import org.hearth.workforce.QualityMarkApplication;
import org.hearth.workforce.QualityMarkStandard;

/**
 * The rules of the Quality Mark, with no database: what a standard must say and that level 1 keeps one, what evidence
 * and an assessor's decision must say, when an award can be made (evidence for and a decision met on every standard of
 * its level) and how long it holds, and an evidence file's safe name. {@link JdbcQualityMark} applies them;
 * unit-tested by {@code QualityMarkRulesTest}.
 */
final class QualityMarkRules {

    static final int MOST_FILE_BYTES = 10 * 1024 * 1024;
    static final int MOST_NOTE = 4000;
    static final int MOST_TITLE = 200;
    static final int MOST_DESCRIPTION = 2000;

    private QualityMarkRules() {
    }

    static Map<String, String> standardErrors(Integer level, String title, String description) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (level == null || (level != 1 && level != 2)) {
            errors.put("level", "Choose level 1 or level 2");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "Enter the standard's title");
        } else if (title.trim().length() > MOST_TITLE) {
            errors.put("title", "The title must be 200 characters or fewer");
        }
        if (description == null || description.isBlank()) {
            errors.put("description", "Say what the standard asks of an organisation");
        } else if (description.trim().length() > MOST_DESCRIPTION) {
            errors.put("description", "What the standard asks must be 2,000 characters or fewer");
        }
        return errors;
    }

    /** Whether level 1 would keep an active standard if {@code code} were retired or moved to level 2. */
    static boolean levelOneKeepsAStandardWithout(List<QualityMarkStandard> active, String code) {
        return active.stream().anyMatch(s -> s.level() == 1 && !s.code().equals(code));
    }

    /** Whether moving or retiring this standard would leave level 1 with none. */
    static boolean lastOfLevelOne(QualityMarkStandard standard, List<QualityMarkStandard> active) {
        return standard.level() == 1 && standard.active() && !levelOneKeepsAStandardWithout(active, standard.code());
    }

    /** The code of a new standard: {@code S} and its position, or the next number free. */
    static String newCode(int position, List<QualityMarkStandard> all) {
        String code = "S" + position;
        for (int n = position; taken(all, code); n++) {
            code = "S" + (n + 1);
        }
        return code;
    }

    private static boolean taken(List<QualityMarkStandard> all, String code) {
        return all.stream().anyMatch(s -> s.code().equals(code));
    }

    /** Evidence: for an active standard, a description or a file, each within its size. */
    static Map<String, String> evidenceErrors(boolean standardActive, String text, byte[] content) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!standardActive) {
            errors.put("standard", "Choose the standard this evidence is for");
        }
        boolean file = content != null && content.length > 0;
        if (text == null && !file) {
            errors.put("note", "Describe the evidence or attach a file");
        } else if (text != null && text.length() > MOST_NOTE) {
            errors.put("note", "The description must be 4,000 characters or fewer");
        }
        if (file && content.length > MOST_FILE_BYTES) {
            errors.put("file", "The file must be 10 MB or smaller");
        }
        return errors;
    }

    /** An assessor's decision: met only with evidence; not met only with what is missing. */
    static Map<String, String> decisionErrors(QualityMarkApplication application, QualityMarkStandard standard,
            boolean met, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (standard == null) {
            errors.put("standard", "Choose the standard you have assessed");
        } else if (met && application.evidenceFor(standard.code()).isEmpty()) {
            errors.put("standard", "Standard " + standard.position() + " (" + standard.title()
                    + ") has no evidence yet: it cannot be met without evidence");
        }
        if (!met && text == null) {
            errors.put("note", "Say what is missing for the standard to be met");
        } else if (text != null && text.length() > MOST_NOTE) {
            errors.put("note", "The note must be 4,000 characters or fewer");
        }
        return errors;
    }

    /**
     * An award at a level on a day: not in the future nor before the application was opened, and every active
     * standard of the level with evidence and assessed as met.
     */
    static List<Problem> awardProblems(QualityMarkApplication application, int level, LocalDate awardedOn,
            LocalDate today, List<QualityMarkStandard> active) {
        List<Problem> problems = new ArrayList<>();
        if (level != 1 && level != 2) {
            problems.add(new Problem("level", "Choose level 1 or level 2"));
        }
        if (awardedOn == null) {
            problems.add(new Problem("awardedOn", "Enter the date of the award"));
        } else if (awardedOn.isAfter(today)) {
            problems.add(new Problem("awardedOn", "The date of the award must be today or in the past"));
        } else if (awardedOn.isBefore(application.openedOn())) {
            problems.add(new Problem("awardedOn", "The award cannot be made before the application was opened"));
        }
        if (level == 1 || level == 2) {
            List<QualityMarkStandard> needed = active.stream().filter(s -> s.neededFor(level)).toList();
            List<String> noEvidence = needed.stream().filter(s -> application.evidenceFor(s.code()).isEmpty())
                    .map(QualityMarkRules::named).toList();
            List<String> notMet = needed.stream().filter(s -> !application.evidenceFor(s.code()).isEmpty())
                    .filter(s -> application.decisionOn(s.code()).map(d -> !d.met()).orElse(true))
                    .map(QualityMarkRules::named).toList();
            if (!noEvidence.isEmpty()) {
                problems.add(new Problem("level", "A level " + level
                        + " award needs evidence for every standard: none yet for " + list(noEvidence)));
            }
            if (!notMet.isEmpty()) {
                problems.add(new Problem("level", "A level " + level
                        + " award needs every standard assessed as met: not yet for " + list(notMet)));
            }
        }
        return problems;
    }

    /** Only an application not yet awarded changes. */
    static void checkOpen(QualityMarkApplication application) {
        if (application.awarded()) {
            throw InvalidInputException.of("application",
                    "This application has been awarded: open a new application to renew");
        }
    }

    /** The last day an award made on {@code awardedOn} holds. */
    static LocalDate expiry(LocalDate awardedOn) {
        return awardedOn.plusYears(QualityMark.AWARD_YEARS).minusDays(1);
    }

    static String named(QualityMarkStandard s) {
        return s.position() + " (" + s.title().toLowerCase(Locale.UK) + ")";
    }

    static String list(List<String> items) {
        if (items.size() == 1) {
            return "standard " + items.get(0);
        }
        return "standards " + String.join(", ", items.subList(0, items.size() - 1)) + " and "
                + items.get(items.size() - 1);
    }

    /** An uploaded file's name without its path, control characters or quotes, at most 200 characters. */
    static String safeFileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
