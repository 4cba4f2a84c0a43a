package org.hearth.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.util.Enumeration;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeansException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields, query parameters and path variables follow {@link TextRules}: every {@code String} Spring binds
 * passes through one editor, which refuses bad text and NFC-normalises the rest. A refused form field becomes a
 * field error (so the form shows again, with a 400, the error summary and the message at the field); a refused
 * {@code @RequestParam} is a 400 naming the parameter ({@link InputProblems}, or {@code ApiProblems} for the API).
 */
@ControllerAdvice
public class FormTextRules {

    /** Error code of a refused text field ({@code text.CONTROL}, {@code text.BIDI}...). */
    public static final String CODE = "text";

    @InitBinder
    void textRules(WebDataBinder binder, HttpServletRequest request) {
        boolean simpleValue = binder.getTarget() == null && binder.getTargetType() == null;
        // a @RequestParam or @PathVariable: the binder's name is the parameter's
        binder.registerCustomEditor(String.class, new TextEditor(simpleValue ? binder.getObjectName() : null));
        if (!simpleValue) {
            // long text is known by the field's name, so each posted field gets the editor for its name
            for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements();) {
                String name = names.nextElement();
                if (TextRules.isLongText(name) || TextRules.isSecret(name)) {
                    binder.registerCustomEditor(String.class, name, new TextEditor(name));
                }
            }
            binder.setBindingErrorProcessor(new TextBindingErrors());
        }
    }

    /** Checks and normalises one field's text. */
    static final class TextEditor extends PropertyEditorSupport {

        private final String field;

        TextEditor(String field) {
            this.field = field;
        }

        @Override
        public void setAsText(String text) {
            setValue(TextRules.accept(field, text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** A refused text field is a field error with the rule's message; its bad characters are not shown back. */
    static final class TextBindingErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            InvalidTextException text = cause(ex);
            if (text == null) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            Object rejected = ex.getValue() instanceof String s ? TextRules.strip(s) : null;
            bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, rejected, true,
                    new String[] {CODE + "." + text.problem().name(), CODE}, null, text.problem().message()));
            // shown back as typed, less the refused characters (the form is refused all the same: it has an error)
            Object target = bindingResult.getTarget();
            if (target != null && rejected instanceof String shown) {
                try {
                    BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(target);
                    if (form.isWritableProperty(field) && form.getPropertyType(field) == String.class) {
                        form.setPropertyValue(field, shown);
                    }
                } catch (BeansException e) {
                    // nothing to show back
                }
            }
        }
    }

    static InvalidTextException cause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InvalidTextException text) {
                return text;
            }
        }
        return null;
    }
}
