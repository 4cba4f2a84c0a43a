package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Guard: every web handler says whether it touches person data. A handler without {@link Audited} or
 * {@link NotAudited} (on the method or its class) fails the build, so an unaudited read cannot slip in.
 */
class AuditCoverageTest {

    @Test
    void everyWebHandlerIsAuditedOrSaysWhyNot() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> handlers = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.hearth")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            boolean classExempt = type.isAnnotationPresent(NotAudited.class);
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                handlers.add(type.getSimpleName() + "." + method.getName());
                boolean audited = method.isAnnotationPresent(Audited.class);
                boolean exempt = classExempt || method.isAnnotationPresent(NotAudited.class);
                if (!audited && !exempt) {
                    undeclared.add(type.getName() + "." + method.getName());
                }
            }
        }
        assertThat(handlers).as("the scan finds the handlers").contains("LoginController.login", "HomeController.home");
        assertThat(undeclared).as("handlers with neither @Audited nor @NotAudited").isEmpty();
    }

    @Test
    void exemptionsGiveAReason() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        for (var candidate : scanner.findCandidateComponents("org.hearth")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            NotAudited onClass = type.getAnnotation(NotAudited.class);
            if (onClass != null) {
                assertThat(onClass.value()).as(type.getName()).hasSizeGreaterThan(10);
            }
            for (Method method : type.getDeclaredMethods()) {
                NotAudited onMethod = method.getAnnotation(NotAudited.class);
                if (onMethod != null) {
                    assertThat(onMethod.value()).as(type.getName() + "." + method.getName()).hasSizeGreaterThan(10);
                }
            }
        }
    }
}
