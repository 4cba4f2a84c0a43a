package org.hearth.marac.web;

/** The MARAC a coordinator chooses for a referral no MARAC was found for. */
public class ChooseMaracForm {

    private String marac;

    public String getMarac() {
        return marac;
    }

    public void setMarac(String marac) {
        this.marac = marac;
    }
}
