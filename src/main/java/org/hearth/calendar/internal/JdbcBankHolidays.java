package org.hearth.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.calendar.BankHoliday;
import org.hearth.calendar.BankHolidays;
import org.hearth.platform.InvalidInputException;
import org.hearth.platform.InvalidInputException.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional
class JdbcBankHolidays implements BankHolidays {

    static final int MAX_NAME = 80;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcBankHolidays(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<BankHoliday> inYear(int year) {
        return known().subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).entrySet().stream()
                .map(e -> new BankHoliday(e.getKey(), e.getValue())).toList();
    }

    /**
     * Every bank holiday with its name, read at most once a {@link #FRESH} (the working-day clocks and the orders'
     * hearing clocks of My work ask several times a request; the days change once a year): a change made here is seen
     * at once, one made on another instance within a minute.
     */
    private volatile Known known;
    static final Duration FRESH = Duration.ofMinutes(1);

    private record Known(NavigableMap<LocalDate, String> days, Instant readAt) {
    }

    private NavigableMap<LocalDate, String> known() {
        Known k = known;
        if (k == null || k.readAt().plus(FRESH).isBefore(Instant.now())) {
            NavigableMap<LocalDate, String> days = new TreeMap<>();
            jdbc.sql("SELECT day, name FROM bank_holiday").query(rs -> {
                days.put(rs.getObject("day", LocalDate.class), rs.getString("name"));
            });
            k = new Known(Collections.unmodifiableNavigableMap(days), Instant.now());
            known = k;
        }
        return k.days();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Set<LocalDate> between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return new HashSet<>();
        }
        return new HashSet<>(known().subMap(from, true, to, true).keySet());
    }

    /** Forgets the days read, now and once this change commits (a read meanwhile would see the days before it). */
    private void forgetKnown() {
        known = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known = null;
                }
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM day)::int AS y FROM bank_holiday ORDER BY y DESC")
                .query(Integer.class).list();
    }

    @Override
    public BankHoliday add(LocalDate day, String name) {
        requireAdministrator();
        String trimmed = name == null ? "" : name.strip();
        List<Problem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new Problem("day", "Enter the date of the bank holiday"));
        } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            problems.add(new Problem("day", "A bank holiday at a weekend is observed on a weekday: enter that weekday"));
        } else if (jdbc.sql("SELECT count(*) FROM bank_holiday WHERE day = ?").param(day).query(Long.class).single() > 0) {
            problems.add(new Problem("day", "That day is already a bank holiday"));
        }
        if (trimmed.isEmpty()) {
            problems.add(new Problem("name", "Enter the name of the bank holiday"));
        } else if (trimmed.length() > MAX_NAME) {
            problems.add(new Problem("name", "The name must be " + MAX_NAME + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("INSERT INTO bank_holiday (day, name) VALUES (?, ?)").params(day, trimmed).update();
        forgetKnown();
        audit.record(AuditAction.CREATE, "bank-holiday", day);
        return new BankHoliday(day, trimmed);
    }

    @Override
    public boolean remove(LocalDate day) {
        requireAdministrator();
        boolean removed = jdbc.sql("DELETE FROM bank_holiday WHERE day = ?").param(day).update() > 0;
        if (removed) {
            forgetKnown();
            audit.record(AuditAction.DELETE, "bank-holiday", day);
        }
        return removed;
    }

    private static void requireAdministrator() {
        if (!Actor.current().map(a -> a.hasRole(Role.SYSTEM_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("For system administrators");
        }
    }
}
