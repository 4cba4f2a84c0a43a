package org.hearth.subjectaccess.web;

import org.hearth.platform.web.DateParts;

/** An extension of a complex request. */
public class ExtensionForm {

    private DateParts extendedTo = new DateParts();
    private String extensionReason = "";

    /** The fields in page order, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("extendedTo", "extensionReason");

    public DateParts getExtendedTo() {
        return extendedTo;
    }

    public void setExtendedTo(DateParts extendedTo) {
        this.extendedTo = extendedTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }
}
