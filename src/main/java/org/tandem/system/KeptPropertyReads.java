package org.tandem.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Reads a property of an object in a template ({@code ${duo.state}}) with the getter Thymeleaf's access rules let it
 * use, looked up once per class and name. Spring Framework 7.0 looks it up again on every read: the accessor it keeps
 * per expression is never reused (spring-framework#36987, fixed in 7.1), so each read sorted the accessors, asked
 * Thymeleaf's rules and searched the getter again, a fifth of an at-risk list's CPU. Drop this with Spring 7.1.
 */
final class KeptPropertyReads implements PropertyAccessor {

    /** Thymeleaf's accessor: its access rules decide once, per class and name, what a template may read. */
    private final ReflectivePropertyAccessor checked;
    private final ClassValue<Map<String, PropertyAccessor>> readers = new ClassValue<>() {
        @Override
        protected Map<String, PropertyAccessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    KeptPropertyReads(ReflectivePropertyAccessor checked) {
        this.checked = checked;
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
        return reader(context, target, name) != null;
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        var reader = reader(context, target, name);
        if (reader == null) {
            throw new AccessException("no readable property '" + name + "'");
        }
        return reader.read(context, target, name);
    }

    private PropertyAccessor reader(EvaluationContext context, Object target, String name)
            throws AccessException {
        if (target == null || target instanceof Class<?> || target instanceof Map<?, ?>
                || target.getClass().isArray()) {
            return null;
        }
        var known = readers.get(target.getClass());
        var reader = known.get(name);
        if (reader == null && checked.canRead(context, target, name)) {
            reader = checked.createOptimalAccessor(context, target, name);
            known.put(name, reader);
        }
        return reader;
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue)
            throws AccessException {
        throw new AccessException("templates do not write properties");
    }

    /**
     * Puts the kept reads in the evaluation context a Spring view hands the engine (one per render), just before
     * Thymeleaf's own reflective accessor, which stays the judge of what may be read.
     */
    static final class EngineContexts implements IEngineContextFactory {

        private final IEngineContextFactory standard;
        private volatile KeptPropertyReads reads;

        EngineContexts(IEngineContextFactory standard) {
            this.standard = standard;
        }

        @Override
        public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
                Map<String, Object> templateResolutionAttributes, IContext context) {
            if (context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
                    instanceof StandardEvaluationContext evaluation) {
                var accessors = evaluation.getPropertyAccessors();
                if (!accessors.isEmpty() && accessors.get(accessors.size() - 1) instanceof ReflectivePropertyAccessor acl) {
                    var kept = reads;
                    if (kept == null || kept.checked != acl) {
                        kept = new KeptPropertyReads(acl);
                        reads = kept;
                    }
                    if (!accessors.contains(kept)) {
                        evaluation.addPropertyAccessor(kept);
                    }
                }
            }
            return standard.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
        }
    }
}
