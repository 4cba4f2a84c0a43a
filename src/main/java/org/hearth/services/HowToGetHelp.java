package org.hearth.services;

/**
 * How to contact a service; any may be null. A refuge has a phone number only: its address is never
 * recorded (the database refuses one).
 */
public record HowToGetHelp(String phone, String textNumber, String email, String website, String walkInAddress) {

    public boolean none() {
        return phone == null && textNumber == null && email == null && website == null && walkInAddress == null;
    }
}
