package org.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class KeptPropertyReadsTests {

    public record Duo(String mentee, int meetings) {
    }

    /** Thymeleaf's reflective accessor, counting how often it is asked whether a property can be read. */
    static final class Counting extends ReflectivePropertyAccessor {
        final AtomicInteger asked = new AtomicInteger();

        Counting() {
            super(false);
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
            asked.incrementAndGet();
            return super.canRead(context, target, name);
        }
    }

    @Test
    void aPropertyIsLookedUpOnceAndThenReadFromWhatWasKept() {
        var checked = new Counting();
        var context = new StandardEvaluationContext();
        context.setPropertyAccessors(List.of(new KeptPropertyReads(checked), checked));
        var expression = new SpelExpressionParser().parseExpression("mentee + ' ' + meetings");

        for (int i = 0; i < 50; i++) {
            assertThat(expression.getValue(context, new Duo("Amal", i))).isEqualTo("Amal " + i);
        }
        assertThat(checked.asked).hasValue(2);   // mentee and meetings, once each
    }

    @Test
    void anotherClassAtTheSameExpressionIsLookedUpForItself() {
        record Other(String mentee) {
        }
        var checked = new Counting();
        var context = new StandardEvaluationContext();
        context.setPropertyAccessors(List.of(new KeptPropertyReads(checked), checked));
        var expression = new SpelExpressionParser().parseExpression("mentee");

        assertThat(expression.getValue(context, new Duo("Amal", 1))).isEqualTo("Amal");
        assertThat(expression.getValue(context, new Other("Henk"))).isEqualTo("Henk");
        assertThat(expression.getValue(context, new Duo("Sara", 2))).isEqualTo("Sara");
        assertThat(checked.asked).hasValue(2);
    }

    @Test
    void whatThymeleafForbidsStaysForbidden() {
        var evaluation = new ThymeleafEvaluationContext(new StaticApplicationContext(), null);
        new KeptPropertyReads.EngineContexts((configuration, data, attributes, context) -> null)
                .createEngineContext(null, null, Map.of(), contextWith(evaluation));
        assertThat(evaluation.getPropertyAccessors()).anyMatch(KeptPropertyReads.class::isInstance);
        var parser = new SpelExpressionParser();

        assertThat(parser.parseExpression("mentee").getValue(evaluation, new Duo("Amal", 1))).isEqualTo("Amal");
        var forbidden = parser.parseExpression("absolutePath");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> forbidden.getValue(evaluation, new java.io.File("tandem")))
                    .hasMessageContaining("forbidden");
        }
    }

    @Test
    void aRenderedTemplateReadsTheSameAsWithoutTheKeptReads() {
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        var evaluation = new ThymeleafEvaluationContext(new StaticApplicationContext(), null);
        var context = contextWith(evaluation);
        context.setVariable("duos", List.of(new Duo("Amal", 3), new Duo("Sara", 0)));
        String template = "<p th:each=\"d : ${duos}\" th:text=\"${d.mentee + ':' + d.meetings}\"></p>";

        String plain = engine.process(template, context);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setEngineContextFactory(new KeptPropertyReads.EngineContexts(engine.getEngineContextFactory()));
        String kept = engine.process(template, contextWith(new ThymeleafEvaluationContext(
                new StaticApplicationContext(), null), Map.of("duos", context.getVariable("duos"))));

        assertThat(kept).isEqualTo(plain).isEqualTo("<p>Amal:3</p><p>Sara:0</p>");
    }

    private static Context contextWith(ThymeleafEvaluationContext evaluation) {
        return contextWith(evaluation, Map.of());
    }

    private static Context contextWith(ThymeleafEvaluationContext evaluation, Map<String, Object> variables) {
        var context = new Context();
        context.setVariables(variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return context;
    }
}
