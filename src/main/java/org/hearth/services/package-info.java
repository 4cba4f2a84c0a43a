/**
 * The public directory of services for people affected by domestic abuse (BVPI 225 item 1): refuges,
 * outreach, helplines, IDVAs and more, with the areas they serve, the needs they meet and how to get help.
 * Anyone may search it at {@code /directory} without signing in, leaving no cookie; partnership coordinators
 * keep it up to date at {@code /directory/manage}, reminded to review each service at least every two years.
 * Other modules use {@link org.hearth.services.ServiceDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
package org.hearth.services;
