package org.hearth.services.web;

/** The public search, as typed into the GET form; every part optional. Strings, so nothing typed fails to bind. */
public class SearchForm {

    private String q = "";
    private String area = "";
    private String need = "";
    private String language = "";

    boolean blank() {
        return q.isBlank() && area.isBlank() && need.isBlank() && language.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area == null ? "" : area;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need == null ? "" : need;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }
}
