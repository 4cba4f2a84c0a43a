package org.hearth.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditRecordNames;
import org.hearth.platform.Dates;
import org.springframework.stereotype.Component;

/**
 * The audit trail's entries as the pages show them: the records an entry names in words, from the modules that
 * hold them, each applying need-to-know and recording the people it names. An entry may name up to a thousand
 * records (the police import merges a chunk's entries): a row shows at most {@value #SHOWN} of them, and only
 * those shown are named, so a page of results never reads more than {@value #SHOWN} records an entry.
 */
@Component
class AuditRows {

    /** The records a row of the results names; the rest are "and N more records", on the entry's own page. */
    static final int SHOWN = 3;
    /** Shown for a reason typed about a person the viewer may not read (see {@link #reasonsWithheld}). */
    static final String WITHHELD_REASON = "Withheld: typed about a person whose record you may not read";
    /**
     * The record types whose changes' reasons may hold words a member of staff typed about a person: a merge's
     * reason and its force reason, an unmerge's, a "not the same person" decision's. Every change to them is treated
     * so (fail closed), Hearth's own words with them.
     */
    private static final Set<String> TYPED_ON_CHANGE = Set.of("person", "person-duplicate");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH)
            .withZone(Dates.UK);
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");

    /** Words for the record types the modules record, where taking out the dashes is not enough. */
    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("api_client", "API client"),
            Map.entry("audit", "Audit trail"),
            Map.entry("break-glass", "Break the glass"),
            Map.entry("person-duplicate", "Possible duplicate"),
            Map.entry("person-merge", "Merge"),
            Map.entry("bvpi225_assessment", "BVPI 225 assessment"),
            Map.entry("staff-user", "Staff account"));
    /** Words of a record type written in capitals wherever they stand: "marac-meeting" is "MARAC meeting". */
    private static final Set<String> ACRONYMS = Set.of("api", "bvpi", "dash", "dvds", "gp", "idva", "kpi", "marac");

    /**
     * A row of a table of entries: {@code id} the entry's own (every entry has one; {@code seq}, its place in the
     * chain, is 0 until it is chained), the records shown in words and how many more it names.
     */
    record EntryRow(long id, String when, String who, String action, String recordType, List<RecordRef> records,
            int more, String reason, String from) {

        /** "and 997 more records", or "" when every record is shown. */
        public String moreText() {
            return more == 0 ? "" : String.format(Locale.UK, "and %,d more %s", more, more == 1 ? "record" : "records");
        }
    }

    /** A record as the page names it ({@code text}), and its id as stored, for a link to its entries. */
    record RecordRef(String text, String id) {
    }

    private final List<AuditRecordNames> names;

    AuditRows(List<AuditRecordNames> names) {
        this.names = List.copyOf(names);
    }

    /**
     * The rows of a page of results. Each shows at most {@value #SHOWN} of its entry's records: the first ones, but
     * {@code recordId} (the record the search is filtered by, or null) first when the entry names it.
     */
    List<EntryRow> rows(List<AuditEntry> entries, String recordId) {
        Set<Long> withheld = reasonsWithheld(entries);
        Map<Long, List<String>> shown = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        for (AuditEntry e : entries) {
            List<String> those = shown(e.recordIds(), recordId);
            shown.put(e.id(), those);
            those.stream().map(AuditRows::uuid).flatMap(Optional::stream).forEach(ids::add);
            if (!withheld.contains(e.id())) {
                ids.addAll(idsIn(e.reason()));
            }
        }
        Map<UUID, String> named = named(ids);
        return entries.stream().map(e -> row(e, shown.get(e.id()), named, withheld.contains(e.id()))).toList();
    }

    /** One entry with exactly {@code recordIds} named (a page of its records), none left over. */
    EntryRow entry(AuditEntry e, List<String> recordIds) {
        boolean withheld = !reasonsWithheld(List.of(e)).isEmpty();
        Set<UUID> ids = new HashSet<>(withheld ? List.of() : idsIn(e.reason()));
        recordIds.stream().map(AuditRows::uuid).flatMap(Optional::stream).forEach(ids::add);
        return row(e, recordIds, named(ids), withheld);
    }

    /**
     * The entries among these whose reason a member of staff typed ({@link #typedAboutAPerson}) about records the viewer may
     * not all read (each must be readable, {@link AuditRecordNames#readable}; one no module holds, an erased person,
     * is not): free text that may name the person or where they are. Every record of the entry counts, shown on the
     * page or not; nothing is named or read for it.
     */
    private Set<Long> reasonsWithheld(List<AuditEntry> entries) {
        Map<Long, Set<UUID>> typed = new HashMap<>();
        for (AuditEntry e : entries) {
            if (typedAboutAPerson(e) && e.reason() != null && !e.reason().isBlank()) {
                typed.put(e.id(), e.recordIds().stream().map(AuditRows::uuid).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
            }
        }
        if (typed.isEmpty()) {
            return Set.of();
        }
        Set<UUID> about = typed.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Set<UUID> readable = new HashSet<>();
        for (AuditRecordNames n : names) {
            readable.addAll(n.readable(Set.copyOf(about)));
        }
        return typed.entrySet().stream().filter(t -> !readable.containsAll(t.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Whether an entry's reason may be free text typed about a person: a break-glass reason, a change to a person. */
    static boolean typedAboutAPerson(AuditEntry e) {
        return e.action() == AuditAction.BREAK_GLASS
                || e.action() == AuditAction.UPDATE && TYPED_ON_CHANGE.contains(e.recordType());
    }

    /** The records a row shows: the first {@value #SHOWN}, the searched-for one first when the entry names it. */
    static List<String> shown(List<String> recordIds, String recordId) {
        List<String> out = new ArrayList<>(SHOWN);
        if (recordId != null && recordIds.contains(recordId)) {
            out.add(recordId);
        }
        for (String id : recordIds) {
            if (out.size() == SHOWN) {
                break;
            }
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** The words for these ids, from the modules that hold them, each applying need-to-know. */
    private Map<UUID, String> named(Set<UUID> ids) {
        Map<UUID, String> named = new HashMap<>();
        if (!ids.isEmpty()) {
            for (AuditRecordNames n : names) {
                n.names(Set.copyOf(ids)).forEach(named::putIfAbsent);
            }
        }
        return named;
    }

    private static List<UUID> idsIn(String reason) {
        return reason == null ? List.of()
                : UUID_PATTERN.matcher(reason).results().map(m -> UUID.fromString(m.group())).toList();
    }

    static EntryRow row(AuditEntry e, List<String> shown, Map<UUID, String> named) {
        return row(e, shown, named, false);
    }

    /** A row; {@code reasonWithheld}: its reason shows as {@link #WITHHELD_REASON}. */
    static EntryRow row(AuditEntry e, List<String> shown, Map<UUID, String> named, boolean reasonWithheld) {
        String type = typeWords(e.recordType());
        List<RecordRef> records = shown.stream().map(id -> new RecordRef(uuid(id)
                .map(u -> named.getOrDefault(u, type.isEmpty() ? "A record" : type)).orElse(id), id)).toList();
        String reason = reasonWithheld ? WITHHELD_REASON : e.reason() == null ? "" : UUID_PATTERN.matcher(e.reason())
                .replaceAll(m -> Matcher.quoteReplacement(named.getOrDefault(UUID.fromString(m.group()), "a record")));
        return new EntryRow(e.id(), WHEN.format(e.occurredAt()), e.actorName(), label(e.action()), type, records,
                e.recordIds().size() - shown.size(), reason, e.sourceAddress() == null ? "" : e.sourceAddress());
    }

    /**
     * A record type in words: "risk-assessment" is "Risk assessment", "import_job" is "Import job",
     * "commissioning-kpi" is "Commissioning KPI".
     */
    static String typeWords(String recordType) {
        if (recordType == null || recordType.isBlank()) {
            return "";
        }
        String words = TYPE_WORDS.get(recordType);
        if (words != null) {
            return words;
        }
        String spaced = String.join(" ", java.util.Arrays.stream(recordType.replace('-', ' ').replace('_', ' ')
                .trim().split(" +")).map(w -> ACRONYMS.contains(w) ? w.toUpperCase(Locale.ROOT) : w).toList());
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Optional<UUID> uuid(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The words for an action, as people say it. */
    static String label(AuditAction action) {
        return switch (action) {
            case READ -> "Read";
            case CREATE -> "Create";
            case UPDATE -> "Update";
            case DELETE -> "Delete";
            case EXPORT -> "Export";
            case SEARCH -> "Search";
            case LOGIN -> "Sign in";
            case LOGIN_FAILED -> "Failed sign-in";
            case LOGOUT -> "Sign out";
            case ACCOUNT_LOCKED -> "Account locked";
            case MFA_ENROLLED -> "Second factor set up";
            case MFA_RESET -> "Second factor reset";
            case RECOVERY_CODE_USED -> "Recovery code used";
            case BREAK_GLASS -> "Break the glass";
            case VERIFY -> "Trail checked";
            default -> action.name().charAt(0) + action.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
