package org.hearth.platform.web;

import java.util.Map;
import java.util.Set;

/**
 * How an API names the fields its module names otherwise (the module says {@code service}, the JSON
 * {@code serviceId}). {@link ApiProblems} renames the fields of an {@code InvalidInputException} thrown by one of
 * {@link #controllers()} before listing them under {@code errors}, so a caller is told the field it sent. A module's
 * web package declares one as a bean, most of them a plain renaming ({@link #renaming}); an API whose names agree
 * with its module's needs none.
 */
public interface ApiFieldNames {

    /** The API controllers these names are for. */
    Set<Class<?>> controllers();

    /** The request's JSON path for a field the module named; the field itself where the two agree. */
    String json(String field);

    /**
     * Names that differ only by a fixed renaming: {@code names} maps the module's field to the JSON's, any other field
     * is its own name (e.g. {@code renaming(Map.of("service", "serviceId"), CaseworkApi.class)}).
     */
    static ApiFieldNames renaming(Map<String, String> names, Class<?>... controllers) {
        Set<Class<?>> apis = Set.of(controllers);
        Map<String, String> renamed = Map.copyOf(names);
        return new ApiFieldNames() {

            @Override
            public Set<Class<?>> controllers() {
                return apis;
            }

            @Override
            public String json(String field) {
                return renamed.getOrDefault(field, field);
            }
        };
    }
}
