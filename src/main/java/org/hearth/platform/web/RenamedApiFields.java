package org.hearth.platform.web;

import java.util.Map;
import java.util.Set;

/**
 * {@link ApiFieldNames} of an API that names some of its module's fields otherwise, one for one ({@code service} is
 * {@code serviceId} in its JSON), and the others alike: the renames as a table and the controllers they are for.
 */
public abstract class RenamedApiFields implements ApiFieldNames {

    private final Map<String, String> renames;
    private final Set<Class<?>> controllers;

    protected RenamedApiFields(Map<String, String> renames, Class<?>... controllers) {
        this.renames = Map.copyOf(renames);
        this.controllers = Set.of(controllers);
    }

    @Override
    public Set<Class<?>> controllers() {
        return controllers;
    }

    @Override
    public String json(String field) {
        return renames.getOrDefault(field, field);
    }
}
