package org.tandem.activity;

import java.util.List;

/** A programme's training path as pages and the API show it. */
public record TrainingPathView(long programmeId, Integer requiredToTrain, int threshold, List<ModuleView> modules,
        long version) {

    public record ModuleView(long id, int position, String name, boolean required, ModuleKind kind) {
    }

    static TrainingPathView from(TrainingPath path) {
        return new TrainingPathView(path.programmeId(), path.requiredToTrain(), path.threshold(),
                path.modules().stream().map(m -> new ModuleView(m.id(), m.position(), m.name(), m.required(),
                        m.kind())).toList(), path.version());
    }

    public long requiredCount() {
        return modules.stream().filter(ModuleView::required).count();
    }
}
