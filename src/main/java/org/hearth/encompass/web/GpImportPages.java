package org.hearth.encompass.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hearth.audit.NotAudited;
import org.hearth.encompass.GpPractices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The GP practices register's CSV import, with a row-by-row report (as the schools register's). */
@Controller
@PreAuthorize(EncompassRoles.KEEPERS)
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
        return CsvImportPage.answer(file, "Select a CSV file of GP practices", practices::importCsv,
                "encompass/gp-import", model, response);
    }
}
