package org.hearth.insights.web;

/** Who reaches insights: figures only, so analysts too; never a person on any of these pages. */
final class InsightsAccess {

    /** The dashboard and its API: coordinators, administrators, analysts and hub coordinators. */
    static final String READ = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN', 'ANALYST', 'HUB_COORDINATOR')";
    /** Board reports: coordinators and administrators write; analysts read and download. */
    static final String REPORTS = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN', 'ANALYST')";
    static final String WRITE = "hasAnyRole('PARTNERSHIP_COORDINATOR', 'SYSTEM_ADMIN')";

    private InsightsAccess() {
    }
}
