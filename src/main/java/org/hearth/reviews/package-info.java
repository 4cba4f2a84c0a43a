/**
 * Domestic abuse related death reviews (DARDR; formerly domestic homicide reviews, renamed by s19 of the Victims and
 * Prisoners Act 2024). The register of notifications of a death, the decision whether to hold a review (the Home
 * Office told of a decision not to) against a configurable clock, the independent chair, the panel (agencies and
 * named members), requests to agencies for chronologies and individual management reviews with their returns, the
 * dated stages (terms of reference, family contact, panel meetings, drafts, the Home Office quality assurance panel,
 * publication) against a completion clock, and the recommendations tracked as actions (owner agency, due date,
 * status, evidence) with themes across reviews. Partnership coordinators open and run reviews; a named panel member
 * holds {@code AccessGround.REVIEW} grants on the deceased and the perpetrator, approved by the coordinator who opened
 * the review, until it is published or closed; nobody else sees a review. Figures (suppressed) join the board report
 * through an {@code insights.IndicatorSource}. See docs/reviews.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Death reviews")
package org.hearth.reviews;
