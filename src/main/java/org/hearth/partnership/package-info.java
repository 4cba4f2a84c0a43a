/**
 * The partnership an installation serves: its name and population, its areas (districts) and its member agencies
 * with their sector and statutory or voluntary status (administrators manage them at {@code /admin/agencies}); and
 * its structures: the groups (strategic board, forum, operational group, MARAC steering group, sub-groups) with
 * their reporting lines, terms of reference, member agencies and named representatives (staff, never victims), and
 * the meetings they hold with attendance by agency ({@link org.hearth.partnership.AttendanceByAgency} flags the
 * agencies that have drifted away). Other modules use {@link org.hearth.partnership.Partnerships} and
 * {@link org.hearth.partnership.Structures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership")
package org.hearth.partnership;
