package org.hearth.platform;

/** Supplies the partnership's name for the header; implemented by the partnership module. */
public interface PartnershipBranding {

    /** The partnership's name, or empty before it is set up. */
    String partnershipName();
}
