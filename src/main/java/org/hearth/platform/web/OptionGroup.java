package org.hearth.platform.web;

import java.util.List;

/** Choices under a small heading, for the {@code checkboxGroupsOf} fragment (objectives by theme). */
public record OptionGroup(String heading, List<Option> options) {
}
