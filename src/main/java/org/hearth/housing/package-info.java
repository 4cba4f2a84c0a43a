/**
 * Housing options for victims: the sanctuary scheme (a victim who chooses to stay in her own home, the perpetrator
 * not living there, made safe there: the police security survey, a job per measure fitted by a contractor, the police
 * marker on the address, the follow-up visit 3 to 6 months later and the outcome) and referrals to refuge providers
 * (provider and area only: Hearth never stores a refuge address, and refuses one typed into any free text).
 * Access is need-to-know through {@code PersonAccess}: the scheme's coordinator and the surveying officer, and a
 * refuge provider's named worker, are granted {@code ALLOCATED} (record scope) on the person for as long as the work
 * lasts. The home address shows only to the coordinator, the surveyor and the referring worker, and on an open job's
 * sheet to its contractor (no names, no reason, no risk). Figures go to insights through an {@code IndicatorSource}.
 * See docs/housing.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Housing: sanctuary and refuge")
package org.hearth.housing;
