package org.tandem.activity;

import java.util.List;

/**
 * A programme's training path as a coordinator defines it: its modules in order (an existing one by its id, a new one
 * without) and how many required modules make a mentor trained (none: all of them). Modules left out are removed.
 */
public record PathDefinition(Integer requiredToTrain, List<ModuleLine> modules, Long version) {

    public PathDefinition {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    public record ModuleLine(Long id, String name, boolean required, ModuleKind kind) {
    }
}
