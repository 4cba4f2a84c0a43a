package org.hearth.workforce.web;

import org.hearth.platform.web.DateParts;

/**
 * The workforce pages' small forms, as typed: strings only (and day/month/year boxes), so nothing fails to bind;
 * the module checks what they mean. Field names are unique across a page that holds several forms.
 */
public final class WorkforceForms {

    private WorkforceForms() {
    }

    /** A Quality Mark application: the holder as {@code AGENCY:<id>} or {@code SCHOOL:<id>}, and the level sought. */
    public static class ApplicationForm {
        private String holder = "";
        private String level = "";

        public String getHolder() {
            return holder;
        }

        public void setHolder(String holder) {
            this.holder = holder;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }
    }

    /** Evidence for one standard (the file comes as its own multipart part). */
    public static class EvidenceForm {
        private String evidenceStandard = "";
        private String evidenceNote = "";

        public String getEvidenceStandard() {
            return evidenceStandard;
        }

        public void setEvidenceStandard(String evidenceStandard) {
            this.evidenceStandard = evidenceStandard;
        }

        public String getEvidenceNote() {
            return evidenceNote;
        }

        public void setEvidenceNote(String evidenceNote) {
            this.evidenceNote = evidenceNote;
        }
    }

    /** The assessor's decision on one standard: {@code met} is "yes" or "no". */
    public static class DecisionForm {
        private String decisionStandard = "";
        private String met = "";
        private String decisionNote = "";

        public String getDecisionStandard() {
            return decisionStandard;
        }

        public void setDecisionStandard(String decisionStandard) {
            this.decisionStandard = decisionStandard;
        }

        public String getMet() {
            return met;
        }

        public void setMet(String met) {
            this.met = met;
        }

        public String getDecisionNote() {
            return decisionNote;
        }

        public void setDecisionNote(String decisionNote) {
            this.decisionNote = decisionNote;
        }
    }

    /** The award: level and date. */
    public static class AwardForm {
        private String level = "";
        private DateParts awardedOn = new DateParts();

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public DateParts getAwardedOn() {
            return awardedOn;
        }

        public void setAwardedOn(DateParts awardedOn) {
            this.awardedOn = awardedOn;
        }
    }

    /** A new ambassador. {@code manager} is "yes" or "no". */
    public static class AmbassadorForm {
        private String name = "";
        private String jobTitle = "";
        private String agency = "";
        private String group = "";
        private String manager = "";
        private DateParts trainedOn = new DateParts();
        private String colleaguesSupported = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getJobTitle() {
            return jobTitle;
        }

        public void setJobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public String getManager() {
            return manager;
        }

        public void setManager(String manager) {
            this.manager = manager;
        }

        public DateParts getTrainedOn() {
            return trainedOn;
        }

        public void setTrainedOn(DateParts trainedOn) {
            this.trainedOn = trainedOn;
        }

        public String getColleaguesSupported() {
            return colleaguesSupported;
        }

        public void setColleaguesSupported(String colleaguesSupported) {
            this.colleaguesSupported = colleaguesSupported;
        }
    }

    /** An ambassador's refresher, reach or stepping down: one page, three small forms. */
    public static class AmbassadorChangeForm {
        private DateParts refreshedOn = new DateParts();
        private String colleaguesSupported = "";
        private DateParts leftOn = new DateParts();

        public DateParts getRefreshedOn() {
            return refreshedOn;
        }

        public void setRefreshedOn(DateParts refreshedOn) {
            this.refreshedOn = refreshedOn;
        }

        public String getColleaguesSupported() {
            return colleaguesSupported;
        }

        public void setColleaguesSupported(String colleaguesSupported) {
            this.colleaguesSupported = colleaguesSupported;
        }

        public DateParts getLeftOn() {
            return leftOn;
        }

        public void setLeftOn(DateParts leftOn) {
            this.leftOn = leftOn;
        }
    }

    /** A whole number from 0 to 10,000 typed, or -1 when it is not one (blank is 0 when {@code blankIsZero}). */
    static int count(String text, boolean blankIsZero) {
        String t = text == null ? "" : text.trim().replace(",", "");
        if (t.isEmpty()) {
            return blankIsZero ? 0 : -1;
        }
        if (!t.matches("\\d{1,5}")) {
            return -1;
        }
        return Integer.parseInt(t);
    }

    /** "1" or "2" as a level, else 0 (refused by the module). */
    static int level(String text) {
        return "1".equals(text) ? 1 : "2".equals(text) ? 2 : 0;
    }
}
