package org.tandem.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.activity.PathDefinition.ModuleLine;
import org.tandem.shared.FieldException;

/** The rules of a training path: what a path may look like, and when a mentor is trained. */
class TrainingPathTests {

    @Test
    void allRequiredModulesTrainAMentorByDefault_optionalOnesDoNotCount() {
        var path = defined(null);
        var ids = ids(path);
        assertThat(path.threshold()).isEqualTo(3);
        assertThat(path.trained(Set.of(ids.get(0), ids.get(1), ids.get(3)))).isFalse();
        assertThat(path.requiredDone(Set.of(ids.get(0), ids.get(1), ids.get(3)))).isEqualTo(2);
        assertThat(path.trained(Set.of(ids.get(0), ids.get(1), ids.get(2)))).isTrue();
        assertThat(path.trained(Set.of())).isFalse();
    }

    @Test
    void aThresholdBelowTheRequiredCountTrainsEarlier() {
        var path = defined(2);
        var ids = ids(path);
        assertThat(path.threshold()).isEqualTo(2);
        assertThat(path.trained(Set.of(ids.get(0), ids.get(2)))).isTrue();
        assertThat(path.trained(Set.of(ids.get(0), ids.get(3)))).isFalse();
    }

    @Test
    void aPathThatCouldNeverBeCompletedOrIsCompletedByNothingIsRefused() {
        var path = new TrainingPath(1L);
        assertRefused(path, new PathDefinition(null, List.of(), null), "modules", "training.path.empty");
        assertRefused(path, new PathDefinition(null, List.of(new ModuleLine(null, "A", false, ModuleKind.SESSION)),
                null), "modules", "training.path.noneRequired");
        assertRefused(path, new PathDefinition(3, List.of(new ModuleLine(null, "A", true, ModuleKind.SESSION),
                new ModuleLine(null, "B", true, ModuleKind.SESSION)), null), "requiredToTrain",
                "training.path.requiredToTrain.range");
        assertRefused(path, new PathDefinition(0, List.of(new ModuleLine(null, "A", true, ModuleKind.SESSION)),
                null), "requiredToTrain", "training.path.requiredToTrain.range");
    }

    @Test
    void eachModuleNeedsAUniqueNameAndAForm_theRefusalNamesItsRow() {
        var path = new TrainingPath(1L);
        assertRefused(path, new PathDefinition(null, List.of(new ModuleLine(null, "A", true, ModuleKind.SESSION),
                new ModuleLine(null, " a ", true, ModuleKind.SESSION)), null), "modules[1].name",
                "training.module.name.duplicate");
        assertRefused(path, new PathDefinition(null, List.of(new ModuleLine(null, " ", true, ModuleKind.SESSION)),
                null), "modules[0].name", "training.module.name.required");
        assertRefused(path, new PathDefinition(null, List.of(new ModuleLine(null, "A", true, null)), null),
                "modules[0].kind", "training.module.kind.required");
        assertRefused(path, new PathDefinition(null, List.of(new ModuleLine(99L, "A", true, ModuleKind.SESSION)),
                null), "modules[0].name", "training.module.unknown");
        assertThat(path.modules()).isEmpty();
    }

    @Test
    void aRedefinitionKeepsModulesByIdAndReportsTheRemovedOnes() {
        var path = defined(null);
        var ids = ids(path);
        var redefinition = new PathDefinition(null, List.of(
                new ModuleLine(ids.get(1), "Conversations (new)", true, ModuleKind.SESSION),
                new ModuleLine(ids.get(0), "Basics", true, ModuleKind.SESSION)), null);
        assertThat(path.removedBy(redefinition)).containsExactlyInAnyOrder(ids.get(2), ids.get(3));
        path.define(redefinition);
        assertThat(path.modules()).extracting(TrainingModule::id).containsExactly(ids.get(1), ids.get(0));
        assertThat(path.modules().get(0).name()).isEqualTo("Conversations (new)");
        assertThat(path.modules().get(0).position()).isEqualTo(1);
    }

    private static TrainingPath defined(Integer threshold) {
        var path = new TrainingPath(1L);
        var base = TrainingFixture.path();
        path.define(new PathDefinition(threshold, base.modules(), null));
        long id = 10;
        for (var module : path.modules()) {
            setId(module, id++);
        }
        return path;
    }

    private static List<Long> ids(TrainingPath path) {
        return path.modules().stream().map(TrainingModule::id).toList();
    }

    /** The database gives modules their ids; here they get them by hand. */
    private static void setId(TrainingModule module, long id) {
        try {
            Field field = TrainingModule.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(module, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(TrainingPath path, PathDefinition definition, String field, String code) {
        assertThatThrownBy(() -> path.define(definition)).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
