package org.tandem.activity.web;

import java.util.ArrayList;
import java.util.List;
import org.tandem.activity.ModuleKind;
import org.tandem.activity.PathDefinition;
import org.tandem.activity.TrainingPathView;

/**
 * The training path form (and the API's body): its modules as rows, and the number of required modules that make a
 * mentor trained. Rows without a name are left out (the page offers a few empty ones to add modules).
 */
record PathForm(Integer requiredToTrain, List<ModuleRow> modules, Long version) {

    static final int EMPTY_ROWS = 3;

    record ModuleRow(Long id, String name, Boolean required, ModuleKind kind) {
    }

    PathForm {
        modules = modules == null ? new ArrayList<>() : new ArrayList<>(modules);
    }

    static PathForm from(TrainingPathView path) {
        var rows = new ArrayList<ModuleRow>();
        if (path != null) {
            path.modules().forEach(m -> rows.add(new ModuleRow(m.id(), m.name(), m.required(), m.kind())));
        }
        return new PathForm(path == null ? null : path.requiredToTrain(), rows,
                path == null ? null : path.version()).withEmptyRows();
    }

    /** The form as shown: its rows, and empty ones to add modules. */
    PathForm withEmptyRows() {
        var rows = new ArrayList<>(modules.stream().filter(r -> r != null).toList());
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new ModuleRow(null, null, true, ModuleKind.SESSION));
        }
        return new PathForm(requiredToTrain, rows, version);
    }

    /** The rows with a name, in order. */
    PathDefinition toCommand() {
        return new PathDefinition(requiredToTrain, named().stream()
                .map(i -> modules.get(i))
                .map(r -> new PathDefinition.ModuleLine(r.id(), r.name(), Boolean.TRUE.equals(r.required()), r.kind()))
                .toList(),
                version);
    }

    /** Where a refusal of the command's n-th module sits on the form, which also has empty rows. */
    String formPath(String field) {
        var m = java.util.regex.Pattern.compile("modules\\[(\\d+)](.*)").matcher(field == null ? "" : field);
        if (!m.matches()) {
            return field;
        }
        var named = named();
        int n = Integer.parseInt(m.group(1));
        return n < named.size() ? "modules[" + named.get(n) + "]" + m.group(2) : field;
    }

    private List<Integer> named() {
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < modules.size(); i++) {
            var r = modules.get(i);
            if (r != null && r.name() != null && !r.name().isBlank()) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
