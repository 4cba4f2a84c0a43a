package org.hearth.insights.web;

import org.hearth.audit.NotAudited;
import org.hearth.insights.IndicatorReport;
import org.hearth.insights.Indicators;
import org.hearth.partnership.Partnerships;
import org.hearth.platform.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators as JSON, the same suppressed figures as the dashboard: {@code from}, {@code to} (yyyy-mm-dd,
 * default the 12 months to today) and {@code area} (an area's id; blank for the whole partnership). A hidden figure
 * has its text ("&lt;5", "[c]") and no value.
 */
@RestController
@RequestMapping("/api/insights")
@PreAuthorize(InsightsAccess.READ)
@NotAudited("aggregate figures with small numbers suppressed, never a person")
class InsightsApi {

    private final Indicators indicators;
    private final Partnerships partnerships;

    InsightsApi(Indicators indicators, Partnerships partnerships) {
        this.indicators = indicators;
        this.partnerships = partnerships;
    }

    @GetMapping("/indicators")
    ResponseEntity<?> indicators(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String area) {
        PeriodQuery q = PeriodQuery.parse(from, to, area, indicators.today(), partnerships.areas());
        if (!q.valid()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    String.join(" ", q.errors().values()));
            problem.setTitle("Invalid request");
            problem.setProperty("errors", q.errors().entrySet().stream()
                    .map(e -> new ApiProblems.FieldProblem(e.getKey(), e.getValue())).toList());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        IndicatorReport report = indicators.report(q.from(), q.to(), q.area());
        return ResponseEntity.ok(report);
    }
}
