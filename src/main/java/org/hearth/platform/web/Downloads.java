package org.hearth.platform.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the browser saves rather than shows (a PDF pack, minutes, a workbook, a signed file): an attachment under
 * its name (quoted and escaped by {@link ContentDisposition}). That no cache keeps it is the security headers' work,
 * as for every answer ({@code Cache-Control: no-store} and the rest, {@code access.internal.SecurityConfiguration}):
 * a download sets no header of its own, which would take their place. The handler audits the export; this only
 * shapes the answer.
 */
public final class Downloads {

    /** The media type of an Excel workbook. */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** {@code body} as a download named {@code fileName}, of {@code type}. */
    public static <T> ResponseEntity<T> attachment(MediaType type, String fileName, T body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }
}
