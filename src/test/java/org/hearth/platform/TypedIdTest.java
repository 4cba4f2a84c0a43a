package org.hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hearth.HearthApplication;
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
        List<Class<?>> ids = idRecords();
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

    /**
     * Every record of Hearth's own classes (not the tests') named like an id and holding one UUID. Read from the
     * directory the application's classes were compiled to, by name: importing every class with ArchUnit to find them
     * took 13 to 16 s of the suite.
     */
    static List<Class<?>> idRecords() throws Exception {
        Path classes = Path.of(HearthApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("the application's classes as a directory").isDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString()).filter(f -> f.endsWith("Id.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .map(TypedIdTest::load).filter(Class::isRecord)
                    .filter(c -> c.getRecordComponents().length == 1)
                    .filter(c -> c.getRecordComponents()[0].getType() == UUID.class).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TypedIdTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
