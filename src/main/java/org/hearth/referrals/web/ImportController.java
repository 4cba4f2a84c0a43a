package org.hearth.referrals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.platform.web.Option;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hearth.platform.export.FormulaSafe;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.Audited;
import org.hearth.audit.NotAudited;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyId;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.hearth.referrals.importing.ImportColumn;
import org.hearth.referrals.importing.ImportJob;
import org.hearth.referrals.importing.PoliceImports;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The police incident import: upload a CSV file, watch its progress (the page refreshes itself, no JavaScript),
 * then read the row-by-row report. For hub coordinators and police agencies' representatives.
 */
@Controller
class ImportController {

    private final PoliceImports imports;

    ImportController(PoliceImports imports) {
        this.imports = imports;
    }

    private void requireImporter(StaffPrincipal me) {
        if (!imports.mayImport(me)) {
            throw new AccessDeniedException("Only hub coordinators and police representatives import incidents");
        }
    }

    @Navigation(label = "Import incidents", order = 17, section = NavigationSection.FRONT_DOOR,
            roles = "HUB_COORDINATOR")
    @GetMapping("/referrals/import")
    @NotAudited("shows the upload form and the user's recent imports: counts only, no person data")
    String form(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        requireImporter(me);
        return formPage(me, model, null);
    }

    private String formPage(StaffPrincipal me, Model model, String error) {
        List<Agency> police = imports.policeAgencies();
        boolean ownIsPolice = police.stream().anyMatch(a -> a.id().equals(me.agency()));
        model.addAttribute("agencies", me.hasRole(Role.HUB_COORDINATOR) ? police
                : police.stream().filter(a -> a.id().equals(me.agency())).toList());
        model.addAttribute("selectedAgency", ownIsPolice ? me.agency().value() : null);
        model.addAttribute("agencyOptions", Option.of(me.hasRole(Role.HUB_COORDINATOR) ? police
                : police.stream().filter(a -> a.id().equals(me.agency())).toList(), a -> a.id().value(), Agency::name));
        model.addAttribute("jobs", imports.recent());
        model.addAttribute("error", error);
        model.addAttribute("maxMegabytes", 50);
        return "referrals/import";
    }

    @PostMapping("/referrals/import")
    @NotAudited("PoliceImports audits the upload, every referral it creates and the outcome")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) UUID agency,
            @AuthenticationPrincipal StaffPrincipal me, Model model, HttpServletResponse response) throws IOException {
        requireImporter(me);
        String error = null;
        if (file == null || file.isEmpty()) {
            error = "Select a CSV file to import";
        } else if (agency == null || imports.policeAgencies().stream().noneMatch(a -> a.id().value().equals(agency))) {
            error = "Select the police agency the incidents come from";
        } else if (!me.hasRole(Role.HUB_COORDINATOR) && !agency.equals(me.agency().value())) {
            error = "You may import only for your own agency";
        }
        if (error != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(me, model, error);
        }
        Path copy = Files.createTempFile("hearth-import-", ".csv");
        try {
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary folder's own protection applies
        }
        file.transferTo(copy);
        UUID job = imports.start(copy, file.getOriginalFilename(), new AgencyId(agency));
        return "redirect:/referrals/import/" + job;
    }

    @GetMapping("/referrals/import/{id}")
    @NotAudited("progress and report show line numbers, police references and reasons, no person data")
    String job(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        ImportJob job = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("job", job);
        if (!job.finished()) {
            model.addAttribute("refreshSeconds", 2);
        } else {
            model.addAttribute("rejections", imports.rejections(id, 0, 500));
        }
        return "referrals/import-job";
    }

    @GetMapping("/referrals/import/{id}/rejected.csv")
    @Audited(action = AuditAction.EXPORT, recordType = "import_job", ids = "#id", reason = "'rejected rows report'")
    void rejected(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Optional<ImportJob> job = imports.find(id);
        if (job.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"rejected-rows-" + id + ".csv\"");
        try (CSVPrinter out = new CSVPrinter(response.getWriter(),
                CSVFormat.RFC4180.builder().setHeader("line", "police_reference", "reason").get())) {
            imports.eachRejection(id, r -> {
                try {
                    FormulaSafe.printRecord(out, r.line(), r.policeReference(), r.reason());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping("/referrals/import/specification")
    @NotAudited("documentation of the file format")
    String specification(Model model) {
        model.addAttribute("columns", ImportColumn.values());
        return "referrals/import-specification";
    }

    @GetMapping("/referrals/import/template.csv")
    @NotAudited("an empty template with made-up example values")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"police-incidents-template.csv\"");
        Writer writer = response.getWriter();
        try (CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            FormulaSafe.printRecord(out, Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
            FormulaSafe.printRecord(out, Arrays.stream(ImportColumn.values()).map(ImportColumn::example).toList());
        }
    }
}
