package org.tandem.privacy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.proxy.HibernateProxy;
import org.tandem.shared.PersonalData;

/**
 * One stored row about a person, as a list of labelled values. {@link #of(Object)} reads every field the entity marks
 * {@link PersonalData}, so that a field marked later is exported without anybody remembering to add it; a module adds
 * the context that makes the row readable with {@link #with(String, Object)}.
 */
public record DataRecord(String type, List<DataField> fields) {

    public DataRecord {
        fields = List.copyOf(fields);
    }

    /** The marked fields of a stored object (an entity or an embeddable), named after the Java field. */
    public static DataRecord of(Object stored) {
        var real = unproxied(stored);
        return of(real.getClass().getSimpleName(), real);
    }

    public static DataRecord of(String type, Object stored) {
        stored = unproxied(stored);
        var fields = new ArrayList<DataField>();
        for (Class<?> c = stored.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                var mark = field.getAnnotation(PersonalData.class);
                if (mark == null) {
                    continue;
                }
                if (mark.value() == PersonalData.Kind.CREDENTIAL) {
                    fields.add(new DataField(field.getName(), null, read(field, stored) != null, true));
                } else {
                    fields.add(new DataField(field.getName(), text(read(field, stored)), false, true));
                }
            }
        }
        return new DataRecord(type, fields);
    }

    /** A record with only the given context, for rows that hold no marked field of their own. */
    public static DataRecord named(String type) {
        return new DataRecord(type, List.of());
    }

    /** This record with one more value of context; a null value is shown as empty. */
    public DataRecord with(String name, Object value) {
        var more = new ArrayList<>(fields);
        more.add(new DataField(name, text(value), false, false));
        return new DataRecord(type, more);
    }

    /** This record without a field (a value that is somebody else's, such as who wrote a note). */
    public DataRecord without(String name) {
        return new DataRecord(type, fields.stream().filter(f -> !f.name().equals(name)).toList());
    }

    public DataField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(DataRecord::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> text(e.getKey()) + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof LocalDateTime time) {
            return time.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        return String.valueOf(value);
    }

    /** A lazily loaded entity is a proxy whose own fields are empty: read the entity behind it. */
    private static Object unproxied(Object stored) {
        return stored instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getImplementation()
                : stored;
    }

    private static Object read(Field field, Object stored) {
        try {
            field.setAccessible(true);
            return field.get(stored);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
