package org.tandem.programme;

public record StageView(long id, int position, String name, String description, long version) {

    static StageView from(Stage stage) {
        return new StageView(stage.id(), stage.position(), stage.name(), stage.description(), stage.version());
    }
}
