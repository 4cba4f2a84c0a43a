package org.hearth.partnership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The name and population of the partnership or of one of its areas, as typed. The population is optional (rates
 * per 1,000 and refuge places per 10,000 need it) and may be written with commas.
 */
public class PlaceForm {

    @NotBlank(message = "Enter the name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    // no population of 0 (the database refuses it: a rate per 1,000 of nobody means nothing)
    @Pattern(regexp = "\\s*([1-9][0-9]{0,2}(,?[0-9]{3}){0,2})?\\s*",
            message = "Enter the population as a whole number from 1 to 999,999,999, like 350,000")
    private String population;

    static PlaceForm of(String name, Integer population) {
        PlaceForm form = new PlaceForm();
        form.name = name;
        form.population = population == null ? "" : String.format("%,d", population);
        return form;
    }

    /** The population as a number, or null when left blank. Call only after validation. */
    Integer populationValue() {
        String digits = population == null ? "" : population.replace(",", "").trim();
        return digits.isEmpty() ? null : Integer.valueOf(digits);
    }

    String trimmedName() {
        return name.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }
}
