package org.hearth.audit.internal;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.hearth.audit.AuditTrail;
import org.hearth.audit.Audited;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.stereotype.Component;

/** Writes an audit entry after each successful call of an {@link Audited} method. */
@Aspect
@Component
class AuditedAspect {

    private static final ExpressionParser PARSER = new SpelExpressionParser();
    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final AuditTrail trail;

    AuditedAspect(AuditTrail trail) {
        this.trail = trail;
    }

    @Around("@annotation(audited)")
    Object audit(ProceedingJoinPoint call, Audited audited) throws Throwable {
        Object result = call.proceed();
        Method method = ((MethodSignature) call.getSignature()).getMethod();
        var context = new MethodBasedEvaluationContext(call.getTarget(), method, call.getArgs(), NAMES);
        context.setVariable("result", result);
        trail.record(audited.action(), audited.recordType(), ids(audited.ids(), context),
                audited.reason().isEmpty() ? null : String.valueOf(eval(audited.reason(), context)));
        return result;
    }

    private static List<String> ids(String expression, MethodBasedEvaluationContext context) {
        if (expression.isEmpty()) {
            return List.of();
        }
        Object value = eval(expression, context);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static Object eval(String expression, MethodBasedEvaluationContext context) {
        return PARSER.parseExpression(expression).getValue(context);
    }
}
