package org.tandem.activity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.shared.FieldException;

/**
 * A programme's training path: its modules, each required or optional, and how many required modules make a mentor
 * trained (by default all). It refuses a path that could never be completed or would be completed by nothing.
 */
@Entity
@Table(name = "training_path")
class TrainingPath {

    static final int MAX_NAME = 200;

    @Id
    private Long programmeId;

    @Version
    private long version;

    private Integer requiredToTrain;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "programme_id", nullable = false)
    @OrderBy("position")
    private List<TrainingModule> modules = new ArrayList<>();

    protected TrainingPath() {
    }

    TrainingPath(long programmeId) {
        this.programmeId = programmeId;
    }

    /** Replaces the path's modules and threshold; every rule is checked before anything changes. */
    void define(PathDefinition definition) {
        var lines = definition.modules();
        if (lines.isEmpty()) {
            throw new FieldException("modules", "training.path.empty");
        }
        Map<Long, TrainingModule> existing = modules.stream()
                .collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            String field = "modules[" + i + "].name";
            if (line.name() == null || line.name().isBlank()) {
                throw new FieldException(field, "training.module.name.required");
            }
            if (line.name().strip().length() > MAX_NAME) {
                throw new FieldException(field, "training.module.name.long", MAX_NAME);
            }
            if (!names.add(line.name().strip().toLowerCase(Locale.ROOT))) {
                throw new FieldException(field, "training.module.name.duplicate");
            }
            if (line.kind() == null) {
                throw new FieldException("modules[" + i + "].kind", "training.module.kind.required");
            }
            if (line.id() != null && !existing.containsKey(line.id())) {
                throw new FieldException(field, "training.module.unknown");
            }
        }
        long required = lines.stream().filter(PathDefinition.ModuleLine::required).count();
        if (required == 0) {
            throw new FieldException("modules", "training.path.noneRequired");
        }
        Integer threshold = definition.requiredToTrain();
        if (threshold != null && (threshold < 1 || threshold > required)) {
            throw new FieldException("requiredToTrain", "training.path.requiredToTrain.range", required);
        }
        List<TrainingModule> next = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var module = line.id() != null ? existing.get(line.id()) : null;
            if (module == null) {
                module = new TrainingModule(i + 1, line.name().strip(), line.required(), line.kind());
            } else {
                module.describe(i + 1, line.name().strip(), line.required(), line.kind());
            }
            next.add(module);
        }
        modules.clear();
        modules.addAll(next);
        requiredToTrain = threshold;
    }

    /** The modules that the definition would remove (the service first checks that nothing uses them). */
    Set<Long> removedBy(PathDefinition definition) {
        Set<Long> kept = definition.modules().stream().map(PathDefinition.ModuleLine::id)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return modules.stream().map(TrainingModule::id).filter(id -> id != null && !kept.contains(id))
                .collect(Collectors.toSet());
    }

    /** How many required modules a mentor has to complete. */
    int threshold() {
        int required = (int) modules.stream().filter(TrainingModule::required).count();
        return requiredToTrain == null ? required : Math.min(requiredToTrain, required);
    }

    int requiredDone(Set<Long> completedModules) {
        return (int) modules.stream().filter(m -> m.required() && completedModules.contains(m.id())).count();
    }

    /** Trained: at least the threshold of required modules completed (optional ones do not count). */
    boolean trained(Set<Long> completedModules) {
        return threshold() > 0 && requiredDone(completedModules) >= threshold();
    }

    Optional<TrainingModule> module(long moduleId) {
        return modules.stream().filter(m -> m.id() != null && m.id() == moduleId).findFirst();
    }

    long programmeId() {
        return programmeId;
    }

    long version() {
        return version;
    }

    Integer requiredToTrain() {
        return requiredToTrain;
    }

    List<TrainingModule> modules() {
        return List.copyOf(modules);
    }
}
