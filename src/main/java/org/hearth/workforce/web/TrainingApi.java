package org.hearth.workforce.web;

import java.time.LocalDate;
import java.util.List;
import org.hearth.audit.NotAudited;
import org.hearth.workforce.Training;
import org.hearth.workforce.TrainingSession;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training sessions delivered in a date range (default the last 12 months), latest first. */
@RestController
@RequestMapping("/api/workforce/training")
@NotAudited("training records are counts by staff group, not person data")
class TrainingApi {

    private final Training training;

    TrainingApi(Training training) {
        this.training = training;
    }

    /** A session as the API shows it. */
    record SessionView(String id, String title, LocalDate deliveredOn, String provider, boolean multiAgency,
            List<AttendanceView> attendance) {
    }

    record AttendanceView(String group, int frontLine, int managerial) {
    }

    @GetMapping
    List<SessionView> sessions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? training.today() : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be on or before to");
        }
        return training.between(start, end).stream().map(TrainingApi::view).toList();
    }

    private static SessionView view(TrainingSession s) {
        return new SessionView(s.id().toString(), s.title(), s.deliveredOn(), s.provider(), s.multiAgency(),
                s.attendance().stream().map(a -> new AttendanceView(a.audience().name(), a.frontLine(), a.managerial()))
                        .toList());
    }
}
