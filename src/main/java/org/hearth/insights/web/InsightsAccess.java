package org.hearth.insights.web;

import org.hearth.access.Role;

/** Who reaches insights: figures only, so analysts too; never a person on any of these pages. */
final class InsightsAccess {

    /** The dashboard and its API: coordinators, administrators, analysts and hub coordinators. */
    static final String READ = Role.SEES_INSIGHTS;
    /** Board reports: coordinators and administrators write; analysts read and download. */
    static final String REPORTS = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN', 'ANALYST')";
    static final String WRITE = Role.MANAGES_PARTNERSHIP;

    private InsightsAccess() {
    }
}
