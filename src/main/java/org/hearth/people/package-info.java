/**
 * Persons known to the partnership: victims, perpetrators, children and other household members, with
 * names and aliases, equality data, address history (confidential addresses, refuge shown only as <q>in
 * refuge, via a service</q>), contact details under safe-contact rules, and relationships. Every read and
 * write is audited; a full record shows only to agencies involved with the person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.hearth.people;
