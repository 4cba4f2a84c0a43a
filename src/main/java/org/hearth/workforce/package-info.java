/**
 * The partnership's workforce: multi-agency training sessions and who they reached (front-line and managerial
 * staff by sector, counts only), the Domestic Abuse Quality Mark held by agencies and schools (standards as data,
 * evidence and the assessor's decision per standard, awards with an expiry), and the register of DV ambassadors
 * by agency. Feeds BVPI 225 item 11 (training sessions and ambassadors' training) and the insights dashboard and
 * board report (section Workforce) through an {@code insights.IndicatorSource}. Reads agencies from partnership and
 * schools from encompass through their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package org.hearth.workforce;
