/**
 * The front door: referrals from any agency through three doors (the web form, {@code POST /api/referrals},
 * the police incident import), all producing one record; the triage queue; and the repeat-victim and
 * serial-perpetrator flags. Publishes {@link org.hearth.referrals.ReferralReceived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.hearth.referrals;
