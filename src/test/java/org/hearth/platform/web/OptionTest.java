package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionTest {

    enum Colour { RED, GREEN }

    @Test
    void aChoiceIsChosenByTextByEnumNameOrInACollection() {
        Option red = new Option("RED", "Red");
        assertThat(red.chosenIn("RED")).isTrue();
        assertThat(red.chosenIn(Colour.RED)).isTrue();
        assertThat(red.chosenIn(Colour.GREEN)).isFalse();
        assertThat(red.chosenIn(null)).isFalse();
        assertThat(red.chosenIn(List.of(Colour.GREEN, Colour.RED))).isTrue();
        assertThat(red.chosenIn(Set.of("GREEN"))).isFalse();
        assertThat(red.chosenIn(new String[] {"RED"})).isTrue();
        assertThat(new Option("7", "Seven").chosenIn(7)).isTrue();
    }

    @Test
    void enumConstantsBecomeChoicesPostedByName() {
        assertThat(Option.of(c -> c.name().toLowerCase(), Colour.values()))
                .containsExactly(new Option("RED", "red"), new Option("GREEN", "green"));
        assertThat(Option.exclusive("NONE", "None").exclusive()).isTrue();
        assertThat(Option.withNone("None", List.of(new Option("a", "A")))).extracting(Option::label)
                .containsExactly("None", "A");
    }
}
