/**
 * Infrastructure every module shares: the embedded PostgreSQL used when no external database is
 * configured, the UI shell (layout, navigation contributed by modules, error pages) and RFC 9457
 * problem details for the API. Knows nothing about any domain module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hearth.platform;
