/**
 * The partnership's workforce: multi-agency training sessions and who they reached (front-line and managerial
 * staff by sector). Figures only, never a person. Feeds BVPI 225 item 11 and the monitoring of training delivered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package org.hearth.workforce;
