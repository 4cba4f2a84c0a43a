package org.hearth.marac.web;

/** The meeting a coordinator adds a waiting referral to. */
public class PlaceForm {

    private String meetingId;

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }
}
