package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Finding an enum's constant by name, exactly or in any case; a name in a URL's form. */
class EnumsTest {

    enum Colour { RED, DARK_BLUE }

    @Test
    void aConstantIsFoundByItsExactName() {
        assertThat(Enums.named(Colour.class, "DARK_BLUE")).contains(Colour.DARK_BLUE);
        assertThat(Enums.named(Colour.class, "dark_blue")).isEmpty();
        assertThat(Enums.named(Colour.class, " RED")).isEmpty();
        assertThat(Enums.named(Colour.class, "GREEN")).isEmpty();
        assertThat(Enums.named(Colour.class, null)).isEmpty();
    }

    @Test
    void aConstantIsFoundByItsNameInAnyCase() {
        assertThat(Enums.namedIgnoringCase(Colour.class, " dark_Blue ")).contains(Colour.DARK_BLUE);
        assertThat(Enums.namedIgnoringCase(Colour.class, "red")).contains(Colour.RED);
        assertThat(Enums.namedIgnoringCase(Colour.class, "green")).isEmpty();
        assertThat(Enums.namedIgnoringCase(Colour.class, null)).isEmpty();
    }

    @Test
    void aConstantsNameInAUrlIsLowerCaseWithHyphens() {
        assertThat(Enums.slug(Colour.DARK_BLUE.name())).isEqualTo("dark-blue");
        assertThat(Enums.slug("RED")).isEqualTo("red");
        assertThat(NavigationSection.FRONT_DOOR.path()).isEqualTo("/sections/front-door");
        assertThat(NavigationSection.FRONT_DOOR.label()).isEqualTo("Front door");
    }
}
