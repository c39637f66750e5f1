package org.tandem.activity.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.tandem.shared.FieldException;

/** The themes a programme's workshops are on, in the coordinators' order. */
@Entity
@Table(name = "workshop_theme_list")
class ThemeList {

    static final int MAX_THEMES = 30;
    static final int MAX_NAME = 100;

    @Id
    private Long programmeId;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "workshop_theme", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> themes = new ArrayList<>();

    protected ThemeList() {
    }

    ThemeList(long programmeId) {
        this.programmeId = programmeId;
    }

    /** Replaces the list; blank lines are left out. Workshops keep the theme they were planned with. */
    void define(List<String> names) {
        var cleaned = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String text = name.strip();
            if (text.length() > MAX_NAME) {
                throw new FieldException("themes", "workshop.themes.long", MAX_NAME);
            }
            if (!seen.add(text.toLowerCase(Locale.ROOT))) {
                throw new FieldException("themes", "workshop.themes.duplicate", text);
            }
            cleaned.add(text);
        }
        if (cleaned.isEmpty()) {
            throw new FieldException("themes", "workshop.themes.empty");
        }
        if (cleaned.size() > MAX_THEMES) {
            throw new FieldException("themes", "workshop.themes.many", MAX_THEMES);
        }
        themes.clear();
        themes.addAll(cleaned);
    }

    List<String> themes() {
        return List.copyOf(themes);
    }

    long version() {
        return version;
    }
}
