package org.hearth.encompass.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.hearth.encompass.ImportReport;
import org.hearth.platform.InvalidInputException;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * A register's CSV import page answering an upload (the schools' and the GP practices'): the row-by-row report, or
 * 400 with the error when no file was chosen or the file as a whole is refused.
 */
final class CsvImportPage {

    private CsvImportPage() {
    }

    static String answer(MultipartFile file, String noFile, Function<Reader, ImportReport> importCsv, String view,
            Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", noFile);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view;
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            model.addAttribute("report", importCsv.apply(reader));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0).message());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return view;
    }
}
