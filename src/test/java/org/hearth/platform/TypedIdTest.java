package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Typed ids: one shared way to read an id from text, and every id record of Hearth built the same way. */
class TypedIdTest {

    record SampleId(UUID value) implements TypedId {
    }

    @Test
    void textIsReadAsAnIdOrEmpty() {
        UUID uuid = UUID.fromString("0b6f5b8e-4a2e-4c4b-9d3c-2f1e0a9b8c7d");
        assertThat(TypedId.parse(uuid.toString(), SampleId::new)).contains(new SampleId(uuid));
        assertThat(TypedId.parse("  " + uuid + " ", SampleId::new)).contains(new SampleId(uuid));
        assertThat(TypedId.parse("not-a-uuid", SampleId::new)).isEmpty();
        assertThat(TypedId.parse("", SampleId::new)).isEmpty();
        assertThat(TypedId.parse(null, SampleId::new)).isEmpty();
        assertThat(TypedId.uuid(" " + uuid + " ")).contains(uuid);
        assertThat(TypedId.uuid("not-a-uuid")).isEmpty();
        assertThat(TypedId.uuid(null)).isEmpty();
    }

    @Test
    void everyIdRecordIsATypedIdThatRefusesNullAndPrintsAsItsUuid() throws Exception {
        List<Class<?>> ids = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hearth").stream().filter(JavaClass::isRecord)
                .filter(c -> c.getSimpleName().endsWith("Id")).map(JavaClass::reflect)
                .filter(c -> c.getRecordComponents().length == 1)
                .filter(c -> c.getRecordComponents()[0].getType() == UUID.class).toList();
        assertThat(ids).hasSizeGreaterThan(40);
        UUID uuid = UUID.randomUUID();
        for (Class<?> id : ids) {
            assertThat(TypedId.class).as(id.getName()).isAssignableFrom(id);
            RecordComponent value = id.getRecordComponents()[0];
            Constructor<?> make = id.getDeclaredConstructor(UUID.class);
            assertThatThrownBy(() -> make.newInstance((Object) null)).as(id.getName())
                    .isInstanceOf(InvocationTargetException.class).cause().isInstanceOf(NullPointerException.class);
            Object made = make.newInstance(uuid);
            assertThat(made).as(id.getName()).hasToString(uuid.toString());
            assertThat(value.getAccessor().invoke(made)).isEqualTo(uuid);
        }
    }
}
