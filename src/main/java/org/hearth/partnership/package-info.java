/**
 * The partnership an installation serves: its name and population, its areas (districts) and its
 * member agencies with their sector and statutory or voluntary status. Administrators manage agencies
 * at {@code /admin/agencies}. Other modules use {@link org.hearth.partnership.Partnerships}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership")
package org.hearth.partnership;
