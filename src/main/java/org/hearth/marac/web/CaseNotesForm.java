package org.hearth.marac.web;

/** The chair's notes on a case: minutes, the IDVA's update, whether to share the address, and whether to close it. */
public class CaseNotesForm {

    private String minutes;
    private String idvaUpdate;
    private boolean shareAddress;
    private boolean close;

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getIdvaUpdate() {
        return idvaUpdate;
    }

    public void setIdvaUpdate(String idvaUpdate) {
        this.idvaUpdate = idvaUpdate;
    }

    public boolean isShareAddress() {
        return shareAddress;
    }

    public void setShareAddress(boolean shareAddress) {
        this.shareAddress = shareAddress;
    }

    public boolean isClose() {
        return close;
    }

    public void setClose(boolean close) {
        this.close = close;
    }
}
