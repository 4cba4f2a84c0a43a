package org.hearth.encompass.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.GpPractices;
import org.hearth.encompass.ImportReport;
import org.hearth.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The GP practices register's CSV import, with a row-by-row report (as the schools register's). */
@Controller
@PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'SYSTEM_ADMIN')")
@NotAudited("the register holds practices and their safeguarding leads' work contacts, not people at risk; "
        + "GpPractices.importCsv records the practices added")
class GpImportPages {

    private final GpPractices practices;

    GpImportPages(GpPractices practices) {
        this.practices = practices;
    }

    @GetMapping("/encompass/gp/import")
    String form() {
        return "encompass/gp-import";
    }

    @PostMapping("/encompass/gp/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Select a CSV file of GP practices");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "encompass/gp-import";
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = practices.importCsv(reader);
            model.addAttribute("report", report);
            return "encompass/gp-import";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0).message());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "encompass/gp-import";
        }
    }
}
