package org.tandem.privacy;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.tandem.shared.NotPersonal;
import org.tandem.shared.PersonalData;

/**
 * The personal-data map: every stored field marked {@link PersonalData}, read from the entity classes, and the fields
 * whose names look personal but carry no mark. The processing register in the docs is rendered from it.
 */
public final class ProcessingRegister {

    /** Words in a field's camel-case name that suggest it is about a person. */
    private static final Set<String> PERSONAL_WORDS = Set.of("name", "email", "mail", "phone", "birth", "note",
            "notes", "text", "comment", "remark", "address", "postcode", "zip", "city", "gender", "nationality",
            "country", "motivation", "reason", "summary", "description", "answer", "answers", "language",
            "languages", "education", "goal", "goals", "body", "subject", "recipient", "password", "token", "secret",
            "story", "background", "history", "ambition", "needs", "expectations", "wishes", "experience", "skills");

    private static final Pattern CAMEL_CASE_WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final List<Entry> entries;
    private final List<String> unmarked;

    private ProcessingRegister(List<Entry> entries, List<String> unmarked) {
        this.entries = entries;
        this.unmarked = unmarked;
    }

    /** One marked field: where it is stored and what the mark says. */
    public record Entry(String module, String type, String field, PersonalData.Kind kind,
            List<PersonalData.Purpose> purposes, boolean special) {
    }

    /** The map of every entity and embeddable under the given package. */
    public static ProcessingRegister scan(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Embeddable.class));
        var types = scanner.findCandidateComponents(basePackage).stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(),
                        ProcessingRegister.class.getClassLoader()))
                .toList();
        return of(types);
    }

    public static ProcessingRegister of(Collection<Class<?>> types) {
        var entries = new ArrayList<Entry>();
        var unmarked = new ArrayList<String>();
        for (var type : types) {
            for (var field : storedFields(type)) {
                var mark = field.getAnnotation(PersonalData.class);
                if (mark != null) {
                    entries.add(new Entry(module(type), type.getSimpleName(), field.getName(), mark.value(),
                            List.of(mark.purpose()), mark.special()));
                } else if (field.getAnnotation(NotPersonal.class) == null
                        && looksPersonal(field.getName())) {
                    unmarked.add(type.getName() + "." + field.getName());
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::module).thenComparing(Entry::type).thenComparing(Entry::field));
        unmarked.sort(Comparator.naturalOrder());
        return new ProcessingRegister(List.copyOf(entries), List.copyOf(unmarked));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Stored fields that look personal and carry neither {@link PersonalData} nor {@link NotPersonal}. */
    public List<String> unmarked() {
        return unmarked;
    }

    /** Marked fields per module. */
    public Map<String, Long> countsPerModule() {
        return entries.stream().collect(Collectors.groupingBy(Entry::module, TreeMap::new, Collectors.counting()));
    }

    /** The register as Markdown, the same for the same marks (it is kept in the docs and compared in a test). */
    public String markdown() {
        var text = new StringBuilder("""
                # Processing register (GDPR Art. 30)

                Generated from the `@PersonalData` marks on Tandem's entities by `ProcessingRegister`; do not edit by
                hand (`PersonalDataMapTests` regenerates it and fails when it was out of date).

                Controller: the organisation that runs the programmes. Categories of people: mentors, mentees, employer
                contacts, coordinators, researchers. Recipients: the programme's coordinators; employers see their own
                employees' progress only with the employee's consent; researchers get pseudonymised exports only with
                the research consent. Security measures: see README (sign-in protection, access per programme, audit).

                """);
        text.append("| module | fields | of which special category |\n|---|---|---|\n");
        countsPerModule().forEach((module, count) -> text.append("| ").append(module).append(" | ").append(count)
                .append(" | ").append(entries.stream().filter(e -> e.module().equals(module) && e.special()).count())
                .append(" |\n"));
        text.append("\n| module | stored in | field | what | purposes | special category |\n|---|---|---|---|---|---|\n");
        for (var entry : entries) {
            text.append("| ").append(entry.module()).append(" | ").append(entry.type()).append(" | ")
                    .append(entry.field()).append(" | ").append(entry.kind().name().toLowerCase().replace('_', ' '))
                    .append(" | ").append(entry.purposes().stream().map(p -> p.name().toLowerCase())
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(entry.special() ? "yes" : "").append(" |\n");
        }
        return text.toString();
    }

    private static boolean looksPersonal(String fieldName) {
        return Arrays.stream(CAMEL_CASE_WORD.split(fieldName))
                .anyMatch(word -> PERSONAL_WORDS.contains(word.toLowerCase(Locale.ROOT)));
    }

    private static List<Field> storedFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .filter(field -> !field.isAnnotationPresent(Transient.class)
                        && !Modifier.isTransient(field.getModifiers()))
                .filter(field -> !field.isAnnotationPresent(Embedded.class)
                        && !field.isAnnotationPresent(EmbeddedId.class))
                .filter(field -> !holdsEmbeddables(field))
                .filter(field -> !field.isAnnotationPresent(ManyToOne.class) && !field.isAnnotationPresent(OneToOne.class)
                        && !field.isAnnotationPresent(OneToMany.class) && !field.isAnnotationPresent(ManyToMany.class))
                .toList();
    }

    /** A collection of embeddables: their own fields are marked in the embeddable. */
    private static boolean holdsEmbeddables(Field field) {
        return field.isAnnotationPresent(ElementCollection.class)
                && field.getGenericType() instanceof ParameterizedType collection
                && collection.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isAnnotationPresent(Embeddable.class);
    }

    private static String module(Class<?> type) {
        var name = type.getPackageName();
        var rest = name.startsWith("org.tandem.") ? name.substring("org.tandem.".length()) : name;
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
