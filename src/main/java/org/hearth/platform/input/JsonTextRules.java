package org.hearth.platform.input;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * API bodies follow {@link TextRules} too, and a JSON value of the wrong type is refused rather than coerced:
 * {@code "incidentDate": 123} or {@code "reason": 42} is a 400 naming the field (see {@code ApiProblems}), never a
 * date in 1970 or the text "42".
 */
@Configuration(proxyBeanMethods = false)
public class JsonTextRules {

    /** Every JSON string value and map key checked and NFC-normalised. */
    @Bean
    SimpleModule hearthTextModule() {
        SimpleModule module = new SimpleModule("hearth-text");
        module.addDeserializer(String.class, new TextDeserializer(null));
        module.addKeyDeserializer(String.class, new TextKeyDeserializer());
        return module;
    }

    /** No scalar coercion: numbers are not text, dates or booleans; text is not a number or a boolean. */
    @Bean
    JsonMapperBuilderCustomizer noScalarCoercion() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    /** A JSON string checked against {@link TextRules} for the property it is read into. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        private final String field;

        TextDeserializer(String field) {
            super(String.class);
            this.field = field;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            String name = property == null ? null : property.getName();
            return name == null || name.equals(field) ? this : new TextDeserializer(name);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            return check(p, field, text);
        }
    }

    /** A map key (a question code, a note's key) is one line of text. */
    static final class TextKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            return check(ctxt.getParser(), null, key);
        }
    }

    private static String check(JsonParser p, String field, String text) {
        var problem = TextRules.problem(text, TextRules.isLongText(field));
        if (problem.isPresent()) {
            // the value is not kept in the exception: it may be personal data, and problems never echo it
            throw InvalidFormatException.from(p, problem.get().message(), null, String.class);
        }
        return TextRules.isSecret(field) ? text : TextRules.normalise(text);
    }
}
